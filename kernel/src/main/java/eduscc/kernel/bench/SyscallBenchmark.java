package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.user.Libc;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CycleLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * System-call costs from a user task, as HermitCore's basic benchmark measures them (facts §12):
 * the TSC before and after many calls, divided by their number.
 */
public final class SyscallBenchmark {
    private static final int GETPID_CALLS = 1000;

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

    /**
     * getpid call by call: the cycles of each call as the core's ledger books them (the cycle
     * counter read before and after, as an instrument, so no RDTSC is part of the sample), each
     * taken apart. With {@code cold}, the caches and TLBs are flushed before every call.
     */
    public static Measurement getpidCalls(int calls, boolean cold) {
        List<Long> samples = new ArrayList<>();
        List<Breakdown> breakdowns = new ArrayList<>();
        long flushes = measure((core, libc) -> {
            CycleLedger ledger = core.ledger();
            long[] before = new long[2 * CycleLedger.CAPACITY];
            long[] after = new long[2 * CycleLedger.CAPACITY];
            for (int i = 0; i < calls; i++) {
                if (cold) {
                    core.flushCachesAndTlbs();
                }
                long start = core.cycles();
                ledger.readTotals(before);
                libc.getpid();
                samples.add(core.cycles() - start);
                ledger.readTotals(after);
                breakdowns.add(Breakdown.between(ledger.components(), before, after));
            }
        });
        return new Measurement(new LatencySamples("getpid", samples.stream().mapToLong(Long::longValue).toArray()),
            breakdowns, flushes);
    }

    private static void measure(Consumer<Libc> program) {
        measure((core, libc) -> program.accept(libc));
    }

    /** Runs {@code program} as a user task on core 0; returns how often the core's caches were flushed. */
    private static long measure(BiConsumer<Core, Libc> program) {
        KernelConfig config = new KernelConfig(100, 0, true, true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.createUserTask("bench", Priority.HIGH, libc -> program.accept(core, libc)));
            return kernel::boot;
        })) {
            machine.run();
            return machine.core(0).cacheFlushes();
        }
    }
}
