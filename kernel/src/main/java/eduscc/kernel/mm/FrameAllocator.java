package eduscc.kernel.mm;

import eduscc.kernel.arch.KernelLayout;
import eduscc.machine.cpu.Operations;

/**
 * The physical page-frame allocator (eduOS mm/memory.c): a bitmap with one bit per 4 KiB frame
 * of the frame pool, set while the frame is in use, and the first clear bit is the frame handed
 * out next. Beside it, one byte per frame counts the mappings of the frame, so that a frame that
 * several address spaces share (copy-on-write after a fork) is freed only when the last of them
 * lets it go. Bitmap and counts lie in simulated memory ({@link KernelLayout#FRAME_BITMAP},
 * {@link KernelLayout#FRAME_COUNTS}), where the debugger decodes them, and every look at them is
 * a machine operation the cost model charges.
 */
public final class FrameAllocator {
    /** What {@link #allocate} returns when every frame is in use (eduOS's get_pages returns 0 too). */
    public static final int NO_FRAME = 0;
    public static final int FRAME_SIZE = 4096;
    private static final int BITMAP_WORDS = KernelLayout.FRAME_POOL_FRAMES / 32;

    private final Operations ops;

    public FrameAllocator(Operations ops) {
        this.ops = ops;
    }

    /** Every frame free: the bitmap and the counts cleared (once, at boot). */
    public void init() {
        for (int word = 0; word < BITMAP_WORDS; word++) {
            ops.write32(KernelLayout.FRAME_BITMAP + 4 * word, 0);
        }
        for (int frame = 0; frame < KernelLayout.FRAME_POOL_FRAMES; frame += 4) {
            ops.write32(KernelLayout.FRAME_COUNTS + frame, 0);
        }
    }

    /**
     * Takes the lowest free frame: finds the first bitmap word that is not all ones, sets its
     * lowest clear bit and gives the frame a count of one. Returns the frame's physical address,
     * or {@link #NO_FRAME}. The frame's bytes are whatever its last owner left.
     */
    public int allocate() {
        for (int word = 0; word < BITMAP_WORDS; word++) {
            int bits = ops.read32(KernelLayout.FRAME_BITMAP + 4 * word);
            if (bits != -1) {
                int bit = Integer.numberOfTrailingZeros(~bits);
                ops.write32(KernelLayout.FRAME_BITMAP + 4 * word, bits | 1 << bit);
                int frame = 32 * word + bit;
                ops.write8(KernelLayout.FRAME_COUNTS + frame, 1);
                return address(frame);
            }
        }
        return NO_FRAME;
    }

    /** One more mapping uses the frame at {@code physical} (fork shares it). */
    public void share(int physical) {
        int counter = KernelLayout.FRAME_COUNTS + index(physical);
        ops.write8(counter, ops.read8(counter) + 1);
    }

    /**
     * One mapping of the frame at {@code physical} is gone; at zero the frame is free again.
     * Returns the count left.
     */
    public int release(int physical) {
        int frame = index(physical);
        int counter = KernelLayout.FRAME_COUNTS + frame;
        int left = ops.read8(counter) - 1;
        ops.write8(counter, left);
        if (left == 0) {
            int word = KernelLayout.FRAME_BITMAP + 4 * (frame / 32);
            ops.write32(word, ops.read32(word) & ~(1 << frame % 32));
        }
        return left;
    }

    /** How many mappings use the frame at {@code physical}. */
    public int count(int physical) {
        return ops.read8(KernelLayout.FRAME_COUNTS + index(physical));
    }

    /** Fills the frame at {@code physical} with zeros, one doubleword at a time (eduOS's memset). */
    public void zero(int physical) {
        for (int offset = 0; offset < FRAME_SIZE; offset += 4) {
            ops.write32(physical + offset, 0);
        }
    }

    public static int address(int frame) {
        return KernelLayout.FRAME_POOL + frame * FRAME_SIZE;
    }

    /** The frame number of {@code physical} in the pool; an address outside the pool is a kernel bug. */
    public static int index(int physical) {
        int frame = (physical - KernelLayout.FRAME_POOL) / FRAME_SIZE;
        if (physical < KernelLayout.FRAME_POOL || frame >= KernelLayout.FRAME_POOL_FRAMES) {
            throw new IllegalArgumentException(String.format("0x%08X is not a frame of the pool (0x%08X, %d frames)",
                physical, KernelLayout.FRAME_POOL, KernelLayout.FRAME_POOL_FRAMES));
        }
        return frame;
    }
}
