package eduscc.labs.debug;

import eduscc.kernel.bench.LatencySamples;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
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
    private final SortedMap<Integer, List<Long>> cycles = new TreeMap<>();

    @Override
    public void accept(TraceEntry entry) {
        if (entry.event() instanceof TraceEvent.SwitchSample s) {
            cycles.computeIfAbsent(entry.core(), core -> new ArrayList<>()).add(s.cycles());
        }
    }

    /** Each sampling core's samples so far (a copy); empty on a lab without switchSamples steps. */
    SortedMap<Integer, LatencySamples> samples() {
        SortedMap<Integer, LatencySamples> all = new TreeMap<>();
        cycles.forEach((core, taken) ->
            all.put(core, new LatencySamples(LABEL, taken.stream().mapToLong(Long::longValue).toArray())));
        return all;
    }
}
