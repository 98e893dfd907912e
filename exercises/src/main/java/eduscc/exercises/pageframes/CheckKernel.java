package eduscc.exercises.pageframes;

import eduscc.exercises.observing.KernelTaskCheck;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.mm.PageFrames;
import eduscc.kernel.mm.PageFramesFactory;
import eduscc.machine.cpu.Operations;

/**
 * Where a check calls the allocator under test: one core booted without paging, so that the boot
 * itself allocates no frame and the bitmap and the counts start as the check leaves them, and a
 * kernel task that runs the check's body with interrupts off ({@link KernelTaskCheck}). The
 * allocator runs where the kernel runs it: in ring 0, on the core's machine operations, its
 * bitmap and counts in the core's private memory at the addresses the kernel's layout gives them.
 */
final class CheckKernel {
    /** What a check's body works with; {@code frames} is the allocator under test. */
    record Setup(Operations ops, PageFrames frames) {
    }

    /** A check's calls, run in the kernel task. */
    @FunctionalInterface
    interface Body {
        void run(Setup setup) throws Exception;
    }

    private CheckKernel() {
    }

    /** Boots, runs {@code body} with an allocator from {@code allocators}, and rethrows whatever the body threw. */
    static void run(PageFramesFactory allocators, Body body) throws Exception {
        KernelTaskCheck.run(new KernelConfig(100, 0, true, true), kernel -> {
            Operations ops = kernel.ops();
            ops.cli();
            body.run(new Setup(ops, allocators.create(ops)));
        });
    }
}
