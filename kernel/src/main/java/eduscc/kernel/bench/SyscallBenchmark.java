package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.user.Libc;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.util.List;

/**
 * System-call costs from a user task, as HermitCore's basic benchmark measures them (facts §12):
 * the TSC before and after many calls, divided by their number.
 */
public final class SyscallBenchmark {
    private static final int GETPID_CALLS = 1000;
    /** Every thread needs a TSS descriptor in the 64-entry GDT, so the count stays small. */
    private static final int THREADS = 32;

    private SyscallBenchmark() {
    }

    /** Mean cycles of one getpid (native, from ring 3). */
    public static long getpid() {
        long[] result = new long[1];
        measure(libc -> {
            long start = libc.ops().rdtsc();
            for (int i = 0; i < GETPID_CALLS; i++) {
                libc.getpid();
            }
            result[0] = (libc.ops().rdtsc() - start) / GETPID_CALLS;
        });
        return result[0];
    }

    /** Mean cycles of one thread creation in the same address space. */
    public static long threadCreate() {
        long[] result = new long[1];
        measure(libc -> {
            long start = libc.ops().rdtsc();
            for (int i = 0; i < THREADS; i++) {
                libc.threadCreate(child -> child.exit(0));
            }
            result[0] = (libc.ops().rdtsc() - start) / THREADS;
        });
        return result[0];
    }

    private static void measure(java.util.function.Consumer<Libc> program) {
        KernelConfig config = new KernelConfig(100, 0, true, true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.createUserTask("bench", Priority.HIGH, program::accept));
            return kernel::boot;
        })) {
            machine.run();
        }
    }
}
