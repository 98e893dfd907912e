package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
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
        List<Long> samples = new ArrayList<>();
        long timeslice = 1_600_000_000L / 3 / TIMER_FREQ;
        KernelConfig config = new KernelConfig(TIMER_FREQ, 0, true, hardwareSwitch);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> {
                for (String name : List.of("tsc-a", "tsc-b")) {
                    k.scheduler().create(name, Priority.HIGH, () -> sample(k.ops(), samples, count, timeslice));
                }
            });
            return kernel::boot;
        })) {
            machine.run();
        }
        return new LatencySamples(hardwareSwitch ? "hardware" : "software",
            samples.stream().limit(count).mapToLong(Long::longValue).toArray());
    }

    private static void sample(Operations ops, List<Long> samples, int count, long timeslice) {
        while (samples.size() < count) {
            int now = (int) ops.rdtsc();
            int before = ops.read32(SHARED);
            long gap = Integer.toUnsignedLong(now - before);
            if (before != 0 && gap > MIN_GAP && gap < timeslice) {
                samples.add(gap);
            }
            ops.write32(SHARED, now);
        }
    }
}
