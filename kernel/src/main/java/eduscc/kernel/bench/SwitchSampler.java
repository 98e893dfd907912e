package eduscc.kernel.bench;

import eduscc.kernel.arch.KernelLayout;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CycleLedger;
import eduscc.machine.cpu.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The loop of the MetalSVM paper's context-switch measurement, for the two tasks of one core:
 * each reads the TSC, looks at the other task's last stored reading and stores its own. When a
 * task finds a reading of the other task that it has not seen before, the core switched between
 * them, and the gap from that reading to this task's first reading after the switch is one
 * sample ({@link ContextSwitchBenchmark} explains the loop's choices). The benchmark runs it, and
 * so does a lab task's {@code switchSamples} step, where every sample is also a trace event.
 *
 * <p>Beside each task's TSC reading in simulated memory, the sampler keeps the ledger's totals of
 * that same instant (instrument state, in Java, costing nothing), so the task that finds a new
 * reading can take exactly that gap apart. The totals are read just before the RDTSC: the counter
 * it returns is the core's cycles at that point, and an interrupt taken at the RDTSC's boundary
 * comes after both.
 */
public final class SwitchSampler {
    /** The loop's two places: task 0 stores at {@link KernelLayout#SWITCH_READINGS}, task 1 one word after. */
    public static final int TASKS = 2;

    /** Told of every sample as it is taken, before the task reads the TSC again. */
    public interface SampleListener {
        /** {@code me} (0 or 1) took sample number {@code sample} (from 0) of {@code cycles}. */
        void sampled(int me, int sample, long cycles);
    }

    private final Core core;
    private final int count;
    private final boolean cold;
    private final List<Long> samples = new ArrayList<>();
    private final List<Breakdown> breakdowns = new ArrayList<>();
    /** Per sample: whether the network task ran between the two readings. */
    private final List<Boolean> secondLevel = new ArrayList<>();
    private final LongSupplier networkRuns;
    private final SampleListener listener;
    /** Per task: how often the network task had run when the reading in its word was taken. */
    private final long[] storedNetworkRuns = new long[TASKS];
    /** Per task: the ledger's totals when the reading in its word was taken. */
    private final long[][] storedTotals = new long[TASKS][2 * CycleLedger.CAPACITY];
    private boolean flushedFirst;

    /**
     * @param count       the loop ends once the core has this many samples
     * @param cold        flush the core's caches and TLBs before the first sample and after each
     * @param networkRuns how often the network task has run so far (a constant without one)
     * @param listener    told of each sample
     */
    public SwitchSampler(Core core, int count, boolean cold, LongSupplier networkRuns, SampleListener listener) {
        this.core = core;
        this.count = count;
        this.cold = cold;
        this.networkRuns = networkRuns;
        this.listener = listener;
    }

    /** A warm sampler without a network task, telling {@code listener} of each sample (a lab's step). */
    public SwitchSampler(Core core, int count, SampleListener listener) {
        this(core, count, false, () -> 0, listener);
    }

    /**
     * Task {@code me}'s loop (0 or 1), until the core has its samples. {@code seen} is the other
     * task's last reading as this task last found it; the first reading a task finds is no sample
     * (the switch before it started the task).
     */
    public void loop(int me) {
        Operations ops = core.ops();
        CycleLedger ledger = core.ledger();
        int mine = KernelLayout.SWITCH_READINGS + 4 * me;
        int other = KernelLayout.SWITCH_READINGS + 4 * (1 - me);
        long[] totals = new long[2 * CycleLedger.CAPACITY];
        if (cold && !flushedFirst) {
            flushedFirst = true;
            core.flushCachesAndTlbs();
        }
        int seen = 0;
        while (samples.size() < count) {
            ledger.readTotals(totals);
            int now = (int) ops.rdtsc();
            int theirs = ops.read32(other);
            if (theirs != seen) {
                if (now - theirs < 0) {
                    // Switched out right after the RDTSC: this reading predates the other's slice.
                    ledger.readTotals(totals);
                    now = (int) ops.rdtsc();
                }
                if (seen != 0) {
                    secondLevel.add(networkRuns.getAsLong() != storedNetworkRuns[1 - me]);
                    take(me, Integer.toUnsignedLong(now - theirs), storedTotals[1 - me], totals);
                }
                seen = theirs;
            }
            // No boundary between these two: whoever reads this word finds the totals of its value.
            System.arraycopy(totals, 0, storedTotals[me], 0, totals.length);
            storedNetworkRuns[me] = networkRuns.getAsLong();
            ops.write32(mine, now);
        }
    }

    /** How many samples the core has taken so far. */
    public int taken() {
        return samples.size();
    }

    private void take(int me, long gap, long[] from, long[] to) {
        samples.add(gap);
        breakdowns.add(Breakdown.between(core.ledger().components(), from, to));
        listener.sampled(me, samples.size() - 1, gap);
        if (cold && samples.size() < count) {
            core.flushCachesAndTlbs();
        }
    }

    /** The first {@code count} samples (fewer if the run ended first), each taken apart by the ledger. */
    public Measurement result(String label, long flushes) {
        int n = Math.min(count, samples.size());
        long[] cycles = samples.stream().limit(n).mapToLong(Long::longValue).toArray();
        return new Measurement(new LatencySamples(label, cycles), breakdowns.subList(0, n), flushes);
    }

    /** {@code m}'s samples split by whether the network task ran within them. */
    ContextSwitchBenchmark.WithNetworkTask levels(Measurement m) {
        return new ContextSwitchBenchmark.WithNetworkTask(m, level(m, false), level(m, true),
            secondLevel.subList(0, m.samples().count()));
    }

    private Measurement level(Measurement m, boolean second) {
        long[] all = m.samples().cycles();
        List<Long> cycles = new ArrayList<>();
        List<Breakdown> parts = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            if (secondLevel.get(i) == second) {
                cycles.add(all[i]);
                parts.add(m.breakdowns().get(i));
            }
        }
        String label = m.samples().label() + (second ? ", network task between" : ", task to task");
        return new Measurement(new LatencySamples(label, cycles.stream().mapToLong(Long::longValue).toArray()), parts,
            m.cacheFlushes());
    }
}
