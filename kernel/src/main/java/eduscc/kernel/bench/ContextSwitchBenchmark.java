package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Operations;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Context-switch latency as the MetalSVM paper measures it: two tasks of equal high priority on
 * one core read the TSC in a loop and store it where the other can see it. When a task finds a
 * reading of the other task that it has not seen before, the core switched between them: the time
 * from that reading to this task's first reading after the switch is one context switch, timer
 * interrupt, scheduler, switch and return included.
 *
 * <pre>
 *   tsc-a:  RDTSC  load b  store a | RDTSC -- timer, scheduler, switch -------------------+
 *   tsc-b:                                                   ... RDTSC  load a (new!) ... |
 *           sample = b's first reading after the switch - a's last stored reading  <-----+
 * </pre>
 *
 * Each task stores into its own word (both words share one cache line), so a task that resumes
 * and stores a reading it took before the switch cannot overwrite the other task's last one. RDTSC
 * returns the time at its own boundary, so when the timer interrupt is taken right after it (the
 * RDTSC is 14 of the loop's ~17 cycles, so that is the usual place) the task resumes holding a
 * reading older than the other task's: it reads the TSC again, as the paper's loop does on its
 * next iteration. A switch is found by a new value, not by a threshold, so every switch between
 * the two tasks is one sample wherever the interrupt lands; the timer is exactly periodic in the
 * model, so a rule that missed one landing place would miss it at every switch.
 *
 * <p>The timer runs at 10 kHz here instead of 100 Hz, so that 2000 switches take 0.2 simulated
 * seconds; what one switch costs does not depend on how often the timer fires.
 */
public final class ContextSwitchBenchmark {
    public static final int TIMER_FREQ = 10_000;
    /** Where the tasks store their last TSC reading: tsc-a's word, then tsc-b's, in kernel data. */
    private static final int READINGS = 0x00130000;
    private static final List<String> TASKS = List.of("tsc-a", "tsc-b");
    /** Core cycles between two timer ticks: every tick switches between the two equal tasks. */
    static final long TIMESLICE = 1_600_000_000L / 3 / TIMER_FREQ;

    private ContextSwitchBenchmark() {
    }

    /** What a run measured: the samples, and how many times the core switched between the two tasks. */
    record Measurement(LatencySamples samples, long switches) { }

    /**
     * Measures {@code count} switches with hardware ({@code true}) or software switching. Every
     * switch is a sample, so twice as many timeslices are plenty; a run that has fewer samples by
     * then fails with the numbers instead of running on.
     */
    public static LatencySamples run(boolean hardwareSwitch, int count) {
        long budget = 2 * (count + 10) * TIMESLICE;
        Measurement m = measure(hardwareSwitch, count, budget);
        if (m.samples().count() < count) {
            throw new IllegalStateException(String.format("context-switch benchmark (%s switch): %d of %d samples "
                + "after %d switches in %,d cycles", hardwareSwitch ? "hardware" : "software",
                m.samples().count(), count, m.switches(), budget));
        }
        return m.samples();
    }

    /** As {@link #run}, but stops after {@code cycles} core cycles even when fewer samples were taken. */
    static Measurement measure(boolean hardwareSwitch, int count, long cycles) {
        List<Long> samples = new ArrayList<>();
        long[] switches = new long[1];
        KernelConfig config = new KernelConfig(TIMER_FREQ, 0, true, hardwareSwitch);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> {
                for (int i = 0; i < TASKS.size(); i++) {
                    int mine = READINGS + 4 * i;
                    int other = READINGS + 4 * (1 - i);
                    k.scheduler().create(TASKS.get(i), Priority.HIGH, () -> sample(k.ops(), mine, other, samples, count));
                }
            });
            return kernel::boot;
        })) {
            machine.trace().addListener(e -> {
                if (e.event() instanceof TraceEvent.SchedulerDecision d
                        && TASKS.contains(d.from()) && TASKS.contains(d.to()) && !d.from().equals(d.to())) {
                    switches[0]++;
                }
            });
            long unitsPerCycle = machine.core(0).unitsPerCycle();
            machine.run(cycles * unitsPerCycle);
        }
        return new Measurement(new LatencySamples(hardwareSwitch ? "hardware" : "software",
            samples.stream().limit(count).mapToLong(Long::longValue).toArray()), switches[0]);
    }

    /**
     * One task's loop. {@code seen} is the other task's last reading as this task last found it;
     * the first reading a task finds is no sample (the switch before it started the task).
     */
    private static void sample(Operations ops, int mine, int other, List<Long> samples, int count) {
        int seen = 0;
        while (samples.size() < count) {
            int now = (int) ops.rdtsc();
            int theirs = ops.read32(other);
            if (theirs != seen) {
                if (now - theirs < 0) {
                    // Switched out right after the RDTSC: this reading predates the other's slice.
                    now = (int) ops.rdtsc();
                }
                if (seen != 0) {
                    samples.add(Integer.toUnsignedLong(now - theirs));
                }
                seen = theirs;
            }
            ops.write32(mine, now);
        }
    }
}
