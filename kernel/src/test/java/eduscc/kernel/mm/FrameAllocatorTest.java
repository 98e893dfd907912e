package eduscc.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The frame allocator on a booted core, its bitmap and counts in the core's memory: the lowest
 * free frame first, a shared frame freed only by its last release, and the bitmap's bytes as the
 * debugger reads them.
 */
class FrameAllocatorTest {
    private static final int POOL = KernelLayout.FRAME_POOL;

    /** Runs {@code body} in a kernel task with a fresh allocator; returns the core's machine after the run. */
    private static Machine run(Consumer<FrameAllocator> body) {
        KernelConfig config = new KernelConfig(100, 0, true, true);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.scheduler().create("mm", Priority.NORMAL, () -> {
                FrameAllocator frames = new FrameAllocator(k.ops());
                frames.init();
                body.accept(frames);
            }));
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    @Test
    void framesComeLowestFirstAndAFreedFrameIsTheNextOneHandedOut() {
        List<Integer> got = new ArrayList<>();
        try (Machine machine = run(frames -> {
            got.add(frames.allocate());
            got.add(frames.allocate());
            got.add(frames.allocate());
            frames.release(POOL + 0x1000);
            got.add(frames.allocate());
            got.add(frames.allocate());
        })) {
            assertEquals(List.of(POOL, POOL + 0x1000, POOL + 0x2000, POOL + 0x1000, POOL + 0x3000), got);
            assertEquals(0b1111, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4), "frames 0 to 3 in use");
            assertEquals(0x01010101, machine.core(0).probePrivate(KernelLayout.FRAME_COUNTS, 4), "each used once");
        }
    }

    @Test
    void aSharedFrameIsFreedByItsLastRelease() {
        List<Integer> seen = new ArrayList<>();
        try (Machine machine = run(frames -> {
            int frame = frames.allocate();
            frames.share(frame);
            seen.add(frames.count(frame));
            seen.add(frames.release(frame));
            seen.add(frames.allocate());
            seen.add(frames.release(frame));
            seen.add(frames.allocate());
        })) {
            assertEquals(List.of(2, 1, POOL + 0x1000, 0, POOL), seen,
                "counted twice; the first release leaves it in use, so the next frame is frame 1; the second frees it");
            assertEquals(0b11, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP, 4));
        }
    }

    @Test
    void anExhaustedPoolAnswersNoFrame() {
        int[] last = new int[2];
        try (Machine machine = run(frames -> {
            for (int i = 0; i < KernelLayout.FRAME_POOL_FRAMES; i++) {
                last[0] = frames.allocate();
            }
            last[1] = frames.allocate();
        })) {
            assertEquals(POOL + (KernelLayout.FRAME_POOL_FRAMES - 1) * 0x1000, last[0]);
            assertEquals(FrameAllocator.NO_FRAME, last[1]);
            assertEquals(-1, machine.core(0).probePrivate(KernelLayout.FRAME_BITMAP + 124, 4), "the last word full");
        }
    }

    @Test
    void aFrameOffThePoolFromThePluginIsRefusedWithTheAddress() {
        String[] said = new String[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, new KernelConfig(100, 0, true, true), k -> k.scheduler().create("mm",
                Priority.NORMAL, () -> {
                    FrameAllocator frames = new FrameAllocator(k.ops(), new OffByFourBytes(k.ops()));
                    try {
                        frames.allocate();
                    } catch (IllegalStateException e) {
                        said[0] = e.getMessage();
                    }
                }));
            return kernel::boot;
        })) {
            machine.run();
        }
        assertEquals("the page-frame allocator (OffByFourBytes) handed out 0x00C00004, which is not the address of a"
            + " frame of the pool (0x00C00000, 1024 frames of 4 KiB) nor NO_FRAME", said[0]);
    }

    /** The kit's bookkeeping, but each address 4 bytes past its frame. */
    private static final class OffByFourBytes implements PageFrames {
        private final KitPageFrames kit;

        OffByFourBytes(eduscc.machine.cpu.Operations ops) {
            kit = new KitPageFrames(ops);
        }

        @Override
        public void init() {
            kit.init();
        }

        @Override
        public int allocate() {
            return kit.allocate() + 4;
        }

        @Override
        public void share(int physical) {
            kit.share(physical);
        }

        @Override
        public int release(int physical) {
            return kit.release(physical);
        }

        @Override
        public int count(int physical) {
            return kit.count(physical);
        }
    }

    @Test
    void anAddressOutsideThePoolIsNoFrame() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameAllocator.index(0x00100000));
        assertEquals("0x00100000 is not a frame of the pool (0x00C00000, 1024 frames)", e.getMessage());
    }
}
