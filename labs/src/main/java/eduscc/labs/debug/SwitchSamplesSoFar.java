package eduscc.labs.debug;

import eduscc.kernel.bench.LatencySamples;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The context-switch samples a lab's {@code switchSamples} steps have taken so far, per core, in
 * the order taken: the "this lab" series of the latency plot, which grows as the run goes on.
 * Kept by the debugger's run from the boot on (the trace's window may have dropped the early
 * SwitchSample events), so it is the same at a position however the session got there.
 */
final class SwitchSamplesSoFar implements Consumer<TraceEntry> {
    /** The label every core's samples carry. */
    static final String LABEL = "this lab";
    private final SortedMap<Integer, long[]> cycles = new TreeMap<>();
    private final SortedMap<Integer, Integer> counts = new TreeMap<>();

    @Override
    public void accept(TraceEntry entry) {
        if (entry.event() instanceof TraceEvent.SwitchSample s) {
            long[] kept = cycles.getOrDefault(entry.core(), new long[64]);
            int n = counts.getOrDefault(entry.core(), 0);
            if (n == kept.length) {
                kept = Arrays.copyOf(kept, 2 * n);
            }
            kept[n] = s.cycles();
            cycles.put(entry.core(), kept);
            counts.put(entry.core(), n + 1);
        }
    }

    /** Each sampling core's samples so far (a copy); empty on a lab without switchSamples steps. */
    SortedMap<Integer, LatencySamples> samples() {
        SortedMap<Integer, LatencySamples> all = new TreeMap<>();
        counts.forEach((core, n) -> all.put(core, new LatencySamples(LABEL, Arrays.copyOf(cycles.get(core), n))));
        return all;
    }
}
