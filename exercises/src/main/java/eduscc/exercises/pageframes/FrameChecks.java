package eduscc.exercises.pageframes;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFrames;
import eduscc.kernel.mm.PageFramesFactory;
import eduscc.machine.cpu.Operations;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of the {@link PageFrames} contract one rule at a time: each boots a fresh core and
 * makes a fresh allocator, and each tests its own rule, so that one mistake costs the points of
 * the rule it breaks. The checks read the bitmap and the counts back from simulated memory, where
 * the debugger reads them, never through the allocator's own {@code count}: the kernel asks that
 * one in the fork lab ({@link LabCheck}). A check only calls and records what it sees; the grader
 * compares that with what the same calls give on the kit's {@code KitPageFrames}.
 *
 * <p>Only {@link #releases} looks at what {@code release} returns; only {@link #fullPool} fills the
 * pool; only {@link #bitmapIsTheTruth} writes the bitmap itself. Which frame comes first is the
 * business of {@link #lowestFirst} alone: the other checks name a frame by the allocation that
 * handed it out, and {@link #bitmapIsTheTruth} leaves one clear bit in the word it wants found.
 */
final class FrameChecks {
    private static final int BITMAP = KernelLayout.FRAME_BITMAP;
    private static final int COUNTS = KernelLayout.FRAME_COUNTS;
    private static final int FRAMES = KernelLayout.FRAME_POOL_FRAMES;

    private FrameChecks() {
    }

    static List<ObservedCheck> all(PageFramesFactory allocators) {
        return List.of(
            new ObservedCheck("init frees every frame: the bitmap and every count zero, whatever was there", 10,
                o -> CheckKernel.run(allocators, s -> init(o, s.ops(), s.frames()))),
            new ObservedCheck("allocate hands out the lowest free frame, sets its bit and counts it once", 20,
                o -> CheckKernel.run(allocators, s -> lowestFirst(o, s.ops(), s.frames()))),
            new ObservedCheck("allocate finds the free frame in the bitmap in memory, as someone else left it", 10,
                o -> CheckKernel.run(allocators, s -> bitmapIsTheTruth(o, s.ops(), s.frames()))),
            new ObservedCheck("release frees a frame at count 0 and answers the count left", 15,
                o -> CheckKernel.run(allocators, s -> releases(o, s.ops(), s.frames()))),
            new ObservedCheck("share and release count every mapping; only the last release frees the frame", 15,
                o -> CheckKernel.run(allocators, s -> shared(o, s.ops(), s.frames()))),
            new ObservedCheck("a full pool answers NO_FRAME and changes nothing", 10,
                o -> CheckKernel.run(allocators, s -> fullPool(o, s.ops(), s.frames()))));
    }

    /** Bitmap and counts full of rubbish (a warm reboot); init must clear all of them. */
    private static void init(Observer o, Operations ops, PageFrames frames) {
        for (int word = 0; word < FRAMES / 32; word++) {
            ops.write32(BITMAP + 4 * word, -1);
        }
        for (int frame = 0; frame < FRAMES; frame += 4) {
            ops.write32(COUNTS + frame, 0x07050301);
        }
        frames.init();
        List<String> words = new ArrayList<>();
        for (int word = 0; word < FRAMES / 32; word++) {
            int bits = ops.read32(BITMAP + 4 * word);
            if (bits != 0) {
                words.add("word " + word + " = " + Observer.hex(bits));
            }
        }
        o.see("bitmap words not zero after init", words.size() > 4 ? words.subList(0, 4) + " and more" : words);
        int counts = 0;
        for (int frame = 0; frame < FRAMES; frame++) {
            counts += ops.read8(COUNTS + frame) != 0 ? 1 : 0;
        }
        o.see("count bytes not zero after init (of 1024)", counts);
    }

    /** Three frames, then the rest of bitmap word 0 and the first frame of word 1. */
    private static void lowestFirst(Observer o, Operations ops, PageFrames frames) {
        frames.init();
        o.see("the first allocate", shown(frames.allocate()));
        o.see("the second allocate", shown(frames.allocate()));
        o.see("the third allocate", shown(frames.allocate()));
        o.see("bitmap word 0 after three allocations", word(ops, 0));
        o.see("the counts of frames 0 to 3 after three allocations", counts(ops, 0, 4));
        int last = FrameAllocator.NO_FRAME;
        for (int i = 3; i < 33; i++) {
            last = frames.allocate();
        }
        o.see("the 33rd allocate: word 0 is full", shown(last));
        o.see("bitmap words 0 and 1 after 33 allocations", List.of(word(ops, 0), word(ops, 1)));
        o.see("the counts of frames 30 to 33 after 33 allocations", counts(ops, 30, 4));
    }

    /**
     * The bitmap is the truth, not a copy of it: the check marks frames 0 to 34 in use itself, with
     * counts, then frees frame 3 the same way, as another part of the kernel could.
     */
    private static void bitmapIsTheTruth(Observer o, Operations ops, PageFrames frames) {
        frames.init();
        ops.write32(BITMAP, -1);
        ops.write32(BITMAP + 4, 0xFFFF_FFF7);
        for (int frame = 0; frame < 64; frame += 4) {
            ops.write32(COUNTS + frame, frame == 32 ? 0x00010101 : 0x01010101);
        }
        o.see("allocate with frames 0 to 63 but 35 marked in use in memory", shown(frames.allocate()));
        o.see("bitmap word 1 after it", word(ops, 1));
        ops.write32(BITMAP, 0xFFFF_FFF7);
        ops.write8(COUNTS + 3, 0);
        o.see("allocate after frame 3's bit was cleared in memory", shown(frames.allocate()));
        o.see("bitmap word 0 after it", word(ops, 0));
        o.see("the count of frame 3 after it", ops.read8(COUNTS + 3));
    }

    /**
     * 34 frames in use; the 34th and the 2nd go back, and come out again lowest first. Frames are
     * named by the allocation that handed them out, so that which frames they are stays the
     * business of {@link #lowestFirst}.
     */
    private static void releases(Observer o, Operations ops, PageFrames frames) {
        frames.init();
        List<Integer> handedOut = new ArrayList<>();
        for (int i = 0; i < 34; i++) {
            handedOut.add(frames.allocate());
        }
        int last = handedOut.get(33);
        int second = handedOut.get(1);
        o.see("release of the 34th frame handed out answers", frames.release(last));
        o.see("its bit after the release", bit(ops, last));
        o.see("release of the 2nd frame handed out answers", frames.release(second));
        o.see("its bit and its count after the release", bit(ops, second) + ", count " + count(ops, second));
        o.see("the next allocate hands out", ordinal(handedOut, frames.allocate()));
        o.see("the allocate after it hands out", ordinal(handedOut, frames.allocate()));
        o.see("the bits of both after that", bit(ops, second) + ", " + bit(ops, last));
    }

    /** A frame mapped three times (two forks) goes back only with its third release. */
    private static void shared(Observer o, Operations ops, PageFrames frames) {
        frames.init();
        int a = frames.allocate();
        int b = frames.allocate();
        frames.share(a);
        o.see("the count of the first frame after one share", count(ops, a));
        frames.share(a);
        o.see("the count of the first frame after two shares", count(ops, a));
        for (int n = 1; n <= 3; n++) {
            frames.release(a);
            o.see("the first frame after release " + n + ": its count and its bit", count(ops, a) + ", " + bit(ops, a));
        }
        o.see("the count of the second frame, never shared", count(ops, b));
    }

    /** 1,024 frames handed out, then one more asked for. */
    private static void fullPool(Observer o, Operations ops, PageFrames frames) {
        frames.init();
        boolean[] seen = new boolean[FRAMES];
        int distinct = 0;
        for (int i = 0; i < FRAMES; i++) {
            int offset = frames.allocate() - KernelLayout.FRAME_POOL;
            int frame = offset / FrameAllocator.FRAME_SIZE;
            if (offset >= 0 && offset % FrameAllocator.FRAME_SIZE == 0 && frame < FRAMES && !seen[frame]) {
                seen[frame] = true;
                distinct++;
            }
        }
        o.see("different frames of the pool that 1024 allocations handed out", distinct);
        o.see("the 1025th allocate", shown(frames.allocate()));
        int notFull = 0;
        for (int word = 0; word < FRAMES / 32; word++) {
            notFull += ops.read32(BITMAP + 4 * word) != -1 ? 1 : 0;
        }
        o.see("bitmap words not all ones after it", notFull);
        o.see("the 32-bit word after the bitmap and the byte after the counts (not the allocator's)",
            Observer.hex(ops.read32(BITMAP + FRAMES / 8)) + ", " + ops.read8(COUNTS + FRAMES));
    }

    /** A frame as the check shows it: "frame 3 (0x00C03000)", NO_FRAME, or an address off the pool. */
    static String shown(int physical) {
        if (physical == FrameAllocator.NO_FRAME) {
            return "NO_FRAME";
        }
        int offset = physical - KernelLayout.FRAME_POOL;
        if (offset < 0 || offset % FrameAllocator.FRAME_SIZE != 0 || offset / FrameAllocator.FRAME_SIZE >= FRAMES) {
            return String.format("0x%08X, not a frame of the pool", physical);
        }
        return String.format("frame %d (0x%08X)", offset / FrameAllocator.FRAME_SIZE, physical);
    }

    /** Which allocation handed {@code frame} out: "the 2nd frame handed out", or how the check shows it. */
    private static String ordinal(List<Integer> handedOut, int frame) {
        int i = handedOut.indexOf(frame);
        return i < 0 ? shown(frame) : "the " + (i + 1) + (i == 0 ? "st" : i == 1 ? "nd" : i == 2 ? "rd" : "th")
            + " frame handed out";
    }

    /** Whether the bitmap marks the frame at {@code physical} in use: "set" or "clear". */
    private static String bit(Operations ops, int physical) {
        int frame = FrameAllocator.index(physical);
        return (ops.read32(BITMAP + 4 * (frame / 32)) >>> frame % 32 & 1) != 0 ? "set" : "clear";
    }

    private static int count(Operations ops, int physical) {
        return ops.read8(COUNTS + FrameAllocator.index(physical));
    }

    private static String word(Operations ops, int word) {
        return Observer.hex(ops.read32(BITMAP + 4 * word));
    }

    private static List<Integer> counts(Operations ops, int first, int n) {
        List<Integer> counts = new ArrayList<>();
        for (int frame = first; frame < first + n; frame++) {
            counts.add(ops.read8(COUNTS + frame));
        }
        return counts;
    }
}
