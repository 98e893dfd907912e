package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.ipc.NetworkTask;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEvent;
import java.util.List;

/**
 * Context-switch latency as the MetalSVM paper measures it ({@link SwitchSampler} is the loop): two tasks of equal high priority on
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
 *
 * <p>Paging is on, as in every lab. Both tasks run on the kernel's page directory, so a hardware
 * task switch loads CR3 with the value it already holds, and a task switch that does not change
 * CR3 invalidates no TLB entry (SDM Vol. 3A §4.10.4.1): warm, a switch costs what it costs
 * without paging; cold (TLBs flushed), each page the path touches first costs a page walk.
 *
 * <p>With the network task on ({@link #measureWithNetworkTask}), the core also runs MetalSVM's
 * network task (kernel {@code ipc.NetworkTask}, priority 16 like the two tasks) with its timer
 * every {@link #NETWORK_PERIOD_TICKS} ticks. When its timer is due, the tick wakes it, it gets
 * the core in its turn, counts the tick, blocks again, and the next task runs: the sample that
 * spans it holds two switches and the network task's run, a second level above the first.
 */
public final class ContextSwitchBenchmark {
    public static final int TIMER_FREQ = 10_000;
    private static final List<String> TASKS = List.of("tsc-a", "tsc-b");
    /** Core cycles between two timer ticks: every tick switches between the two equal tasks. */
    static final long TIMESLICE = 1_600_000_000L / 3 / TIMER_FREQ;
    /**
     * The network task's timer period here: 10 ticks, 1 ms at the benchmark's 10 kHz (lwIP's TCP
     * timer is 250 ms; at that period 2000 switches would hardly ever meet it). The benchmark's
     * choice, so that about one sample in ten shows the second level.
     */
    public static final int NETWORK_PERIOD_TICKS = 10;

    private ContextSwitchBenchmark() {
    }

    /** A measurement, and how many times the core switched between the two tasks while it was taken. */
    record Counted(Measurement measurement, long switches, WithNetworkTask levels) {
        LatencySamples samples() {
            return measurement.samples();
        }
    }

    /** Measures {@code count} switches with hardware ({@code true}) or software switching. */
    public static LatencySamples run(boolean hardwareSwitch, int count) {
        return measure(hardwareSwitch, count, false).samples();
    }

    /**
     * Measures {@code count} switches and takes each apart by the core's cycle ledger. With
     * {@code cold}, the core's caches and TLBs are flushed before each sample: once before the
     * first, then after each sample taken, so that the next switch touches everything first.
     * Every switch is a sample, so twice as many timeslices are plenty; a run that has fewer
     * samples by then fails with the numbers instead of running on.
     */
    public static Measurement measure(boolean hardwareSwitch, int count, boolean cold) {
        long budget = 2 * (count + 10) * TIMESLICE;
        Counted c = measureWithin(hardwareSwitch, count, cold, budget);
        if (c.samples().count() < count) {
            throw new IllegalStateException(String.format("context-switch benchmark (%s switch): %d of %d samples "
                + "after %d switches in %,d cycles", label(hardwareSwitch),
                c.samples().count(), count, c.switches(), budget));
        }
        return c.measurement();
    }

    /**
     * The samples of {@code count} switches with the network task on, all of them and split by
     * level: the first level, where the core went straight from one task to the other, and the
     * second, where the network task ran between them; {@code networkTaskBetween} says of each
     * sample of {@code all}, in order, to which level it belongs (a scatter plot's colours).
     */
    public record WithNetworkTask(Measurement all, Measurement firstLevel, Measurement secondLevel,
                                  List<Boolean> networkTaskBetween) {
        public WithNetworkTask {
            networkTaskBetween = List.copyOf(networkTaskBetween);
        }
    }

    /** Measures {@code count} switches (warm) with the network task on; see the class comment. */
    public static WithNetworkTask measureWithNetworkTask(boolean hardwareSwitch, int count) {
        long budget = 2 * (count + 10) * TIMESLICE;
        Counted c = measureWithin(hardwareSwitch, count, false, budget, true);
        if (c.samples().count() < count) {
            throw new IllegalStateException(String.format("context-switch benchmark (%s switch, network task): %d of %d"
                + " samples in %,d cycles", label(hardwareSwitch), c.samples().count(), count, budget));
        }
        return c.levels();
    }

    /** As {@link #measure}, but stops after {@code cycles} core cycles even when fewer samples were taken. */
    static Counted measureWithin(boolean hardwareSwitch, int count, boolean cold, long cycles) {
        return measureWithin(hardwareSwitch, count, cold, cycles, false);
    }

    private static Counted measureWithin(boolean hardwareSwitch, int count, boolean cold, long cycles,
                                         boolean networkTask) {
        long[] switches = new long[1];
        long[] networkRuns = new long[1];
        KernelConfig paged = new KernelConfig(TIMER_FREQ, 0, true, hardwareSwitch).withPaging(true);
        KernelConfig config = networkTask ? paged.withMessaging(List.of(0)) : paged;
        SwitchSampler[] sampler = new SwitchSampler[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            sampler[0] = new SwitchSampler(core, count, cold, () -> networkRuns[0], (me, sample, gap) -> { });
            Kernel kernel = new Kernel(core, config, k -> {
                if (networkTask) {
                    k.startNetworkTask(NETWORK_PERIOD_TICKS);
                }
                for (int i = 0; i < TASKS.size(); i++) {
                    int me = i;
                    k.scheduler().create(TASKS.get(i), Priority.HIGH, () -> sampler[0].loop(me));
                }
            });
            return kernel::boot;
        })) {
            machine.trace().addListener(e -> {
                if (e.event() instanceof TraceEvent.SchedulerDecision d
                        && TASKS.contains(d.from()) && TASKS.contains(d.to()) && !d.from().equals(d.to())) {
                    switches[0]++;
                }
                if (e.event() instanceof TraceEvent.SchedulerDecision d && d.to().equals(NetworkTask.NAME)
                        && !d.from().equals(d.to())) {
                    networkRuns[0]++;
                }
            });
            long unitsPerCycle = machine.core(0).unitsPerCycle();
            machine.run(cycles * unitsPerCycle);
            Measurement m = sampler[0].result(label(hardwareSwitch), machine.core(0).cacheFlushes());
            return new Counted(m, switches[0], sampler[0].levels(m));
        }
    }

    private static String label(boolean hardwareSwitch) {
        return hardwareSwitch ? "hardware" : "software";
    }
}
