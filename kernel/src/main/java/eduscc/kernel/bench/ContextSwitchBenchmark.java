package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CycleLedger;
import eduscc.machine.cpu.Operations;
import java.util.ArrayList;
import java.util.List;

/**
 * Context-switch latency as the MetalSVM paper measures it: two tasks of equal high priority on
 * one core each read the TSC in a loop and store it to a shared location. A gap between the value
 * a task finds there and its own TSC that is longer than one loop iteration (and shorter than a
 * timeslice) is one context switch: timer interrupt, scheduler, switch and return included.
 *
 * <p>The timer runs at 10 kHz here instead of 100 Hz, so that 2000 switches take 0.2 simulated
 * seconds; what one switch costs does not depend on how often the timer fires.
 */
public final class ContextSwitchBenchmark {
    public static final int TIMER_FREQ = 10_000;
    /** Where both tasks store their last TSC reading: a word in kernel data. */
    private static final int SHARED = 0x00130000;
    /** One loop iteration costs about 16 cycles (RDTSC 14, a load, a store); a switch costs far more. */
    private static final long MIN_GAP = 64;

    private ContextSwitchBenchmark() {
    }

    /** Measures {@code count} switches with hardware ({@code true}) or software switching. */
    public static LatencySamples run(boolean hardwareSwitch, int count) {
        return measure(hardwareSwitch, count, false).samples();
    }

    /**
     * Measures {@code count} switches and takes each apart by the core's cycle ledger. With
     * {@code cold}, the core's caches and TLBs are flushed before each sample: once before the
     * first, then after each sample taken, so that the next switch touches everything first.
     */
    public static Measurement measure(boolean hardwareSwitch, int count, boolean cold) {
        long timeslice = 1_600_000_000L / 3 / TIMER_FREQ;
        KernelConfig config = new KernelConfig(TIMER_FREQ, 0, true, hardwareSwitch);
        Sampler[] sampler = new Sampler[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            sampler[0] = new Sampler(core, count, timeslice, cold);
            Kernel kernel = new Kernel(core, config, k -> {
                for (String name : List.of("tsc-a", "tsc-b")) {
                    k.scheduler().create(name, Priority.HIGH, sampler[0]::sample);
                }
            });
            return kernel::boot;
        })) {
            machine.run();
            return sampler[0].result(hardwareSwitch ? "hardware" : "software", machine.core(0).cacheFlushes());
        }
    }

    /**
     * The two tasks' loop. Beside the TSC value in simulated memory, the task that stores it
     * keeps the ledger's totals of that same instant (instrument state, in Java, costing nothing),
     * so the task that finds a gap can take exactly that gap apart.
     */
    private static final class Sampler {
        private final Core core;
        private final int count;
        private final long timeslice;
        private final boolean cold;
        private final List<Long> samples = new ArrayList<>();
        private final List<Breakdown> breakdowns = new ArrayList<>();
        /** The ledger's totals when the value now in SHARED was read. */
        private final long[] storedTotals = new long[2 * CycleLedger.CAPACITY];
        private boolean flushedFirst;

        Sampler(Core core, int count, long timeslice, boolean cold) {
            this.core = core;
            this.count = count;
            this.timeslice = timeslice;
            this.cold = cold;
        }

        void sample() {
            Operations ops = core.ops();
            CycleLedger ledger = core.ledger();
            long[] totals = new long[2 * CycleLedger.CAPACITY];
            if (cold && !flushedFirst) {
                flushedFirst = true;
                core.flushCachesAndTlbs();
            }
            while (samples.size() < count) {
                int now = (int) ops.rdtsc();
                ledger.readTotals(totals);
                int before = ops.read32(SHARED);
                long gap = Integer.toUnsignedLong(now - before);
                if (before != 0 && gap > MIN_GAP && gap < timeslice) {
                    samples.add(gap);
                    breakdowns.add(Breakdown.between(ledger.components(), storedTotals, totals));
                    if (cold && samples.size() < count) {
                        core.flushCachesAndTlbs();
                    }
                }
                // No boundary between these two: whoever reads SHARED finds the totals of its value.
                System.arraycopy(totals, 0, storedTotals, 0, totals.length);
                ops.write32(SHARED, now);
            }
        }

        Measurement result(String label, long flushes) {
            int n = Math.min(count, samples.size());
            long[] cycles = samples.stream().limit(n).mapToLong(Long::longValue).toArray();
            return new Measurement(new LatencySamples(label, cycles), breakdowns.subList(0, n), flushes);
        }
    }
}
