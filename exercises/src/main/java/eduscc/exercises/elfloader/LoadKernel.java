package eduscc.exercises.elfloader;

import eduscc.exercises.observing.KernelTaskCheck;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.ProgramLoader;
import eduscc.kernel.mm.ProgramLoaderFactory;
import eduscc.machine.cpu.Operations;

/**
 * Where a check calls the loader under test: one core booted with paging, as in the fork lab, and
 * a kernel task that runs the check's body with interrupts off, in ring 0, on the kernel's page
 * directory, where exec would call the loader. Before the body runs, the first
 * {@value #RECYCLED} free frames are filled with 0xDEADBEEF and given back, so every frame the
 * loader takes has been used before: a loader that does not fill a whole frame leaves garbage.
 */
final class LoadKernel {
    static final int RECYCLED = 24;
    private static final int GARBAGE = 0xDEADBEEF;

    /** What a check's body works with; {@code loader} is the one under test. */
    record Setup(Operations ops, FrameAllocator frames, AddressSpace kernel, ProgramLoader loader) {
    }

    /** A check's calls, run in the kernel task. */
    @FunctionalInterface
    interface Body {
        void run(Setup setup) throws Exception;
    }

    private LoadKernel() {
    }

    /** Boots, runs {@code body} with a loader from {@code loaders}, and rethrows whatever the body threw. */
    static void run(ProgramLoaderFactory loaders, Body body) throws Exception {
        KernelConfig config = new KernelConfig(100, 0, true, true).withPaging(true);
        KernelTaskCheck.run(config, k -> {
            Operations ops = k.ops();
            ops.cli();
            FrameAllocator frames = new FrameAllocator(ops);
            recycle(ops, frames);
            AddressSpace kernelSpace = AddressSpace.of(k.hardware(), ops, frames, ops.readCr(3));
            body.run(new Setup(ops, frames, kernelSpace, loaders.create()));
        });
    }

    /** Fills the next free frames with garbage and frees them again, lowest first as they come back. */
    private static void recycle(Operations ops, FrameAllocator frames) {
        int[] used = new int[RECYCLED];
        for (int i = 0; i < RECYCLED; i++) {
            used[i] = frames.allocate();
            for (int offset = 0; offset < FrameAllocator.FRAME_SIZE; offset += 4) {
                ops.write32(used[i] + offset, GARBAGE);
            }
        }
        for (int frame : used) {
            frames.release(frame);
        }
    }
}
