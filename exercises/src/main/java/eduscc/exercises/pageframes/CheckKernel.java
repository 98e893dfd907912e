package eduscc.exercises.pageframes;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.mm.PageFrames;
import eduscc.kernel.mm.PageFramesFactory;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreStopped;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.JumpedAway;
import eduscc.machine.cpu.Operations;
import eduscc.machine.time.Clocks;
import java.util.List;

/**
 * Where a check calls the allocator under test: one core booted without paging, so that the boot
 * itself allocates no frame and the bitmap and the counts start as the check leaves them, and a
 * kernel task that runs the check's body with interrupts off. The allocator runs where the
 * kernel runs it: in ring 0, on the core's machine operations, its bitmap and counts in the
 * core's private memory at the addresses the kernel's layout gives them.
 */
final class CheckKernel {
    /**
     * Two simulated seconds: the boot and any honest check take a few million cycles. An
     * allocator that loops on machine operations for ever ends here, as a check that did not finish.
     */
    static final long UNTIL_CYCLES = 2 * 533_333_333L;

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

    /**
     * Boots, runs {@code body} with an allocator from {@code allocators}, and rethrows whatever the
     * body threw (so the check reports it where the code under test threw it).
     */
    static void run(PageFramesFactory allocators, Body body) throws Exception {
        KernelConfig config = new KernelConfig(100, 0, true, true);
        Throwable[] thrown = new Throwable[1];
        boolean[] finished = new boolean[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.scheduler().create("check", Priority.NORMAL, () -> {
                Operations ops = k.ops();
                ops.cli();
                try {
                    body.run(new Setup(ops, allocators.create(ops)));
                } catch (CoreStopped | JumpedAway | CpuFault e) {
                    throw e; // the machine unwinding its own way: not the code under test's doing
                } catch (Throwable e) {
                    thrown[0] = e;
                } finally {
                    finished[0] = true;
                }
            }));
            return kernel::boot;
        })) {
            machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
        }
        if (thrown[0] instanceof Exception e) {
            throw e;
        }
        if (thrown[0] instanceof Error e) {
            throw e;
        }
        if (!finished[0]) {
            throw new IllegalStateException("the check did not finish within " + UNTIL_CYCLES / 533_333 + " ms of"
                + " simulated time, or your code ran Java for " + MachineConfig.DEFAULT.hangMillis() + " ms without a"
                + " machine operation: an endless loop?");
        }
    }
}
