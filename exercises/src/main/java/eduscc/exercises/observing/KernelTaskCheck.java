package eduscc.exercises.observing;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreStopped;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.JumpedAway;
import eduscc.machine.time.Clocks;
import java.util.List;

/**
 * Where a check calls kernel code under test inside a running kernel: core 0 of the SCC booted
 * with the check's kernel configuration, and a kernel task, "check", that runs the check's body in
 * ring 0 on the core's machine operations. Whatever the body throws is thrown again here, so that
 * the check reports it where the code under test threw it; a body that never ends (a loop on
 * machine operations, or Java without any) is reported as a check that did not finish.
 */
public final class KernelTaskCheck {
    /** Two simulated seconds: the boot and any honest check take a few million cycles. */
    public static final long UNTIL_CYCLES = 2 * 533_333_333L;

    /** A check's calls, run in the kernel task. */
    @FunctionalInterface
    public interface Body {
        void run(Kernel kernel) throws Exception;
    }

    private KernelTaskCheck() {
    }

    /** Boots, runs {@code body} in the kernel task, and rethrows whatever it threw. */
    public static void run(KernelConfig config, Body body) throws Exception {
        Throwable[] thrown = new Throwable[1];
        boolean[] started = new boolean[1];
        boolean[] finished = new boolean[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.scheduler().create("check", Priority.NORMAL, () -> {
                started[0] = true;
                try {
                    body.run(k);
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
            throw CheckNotFinished.of(started[0], UNTIL_CYCLES);
        }
    }
}
