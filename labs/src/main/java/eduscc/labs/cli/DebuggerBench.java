package eduscc.labs.cli;

import eduscc.labs.debug.ReplicaLadder;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.EveryCore;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The debugger's part of {@code eduscc bench}: how long a step back takes (it re-runs the lab from
 * its boot to one boundary earlier, DESIGN §3) at a stated position, and how long the session takes
 * to publish one snapshot, which a watched run does about 60 times a second. Wall times, reported
 * and never asserted; the frame rendering itself is measured by the visualizer ({@code bench --gui}).
 */
final class DebuggerBench {
    private static final int REPEATS = 3;
    /** The key of the long session's figures in the debugger section. */
    static final String LONG_RUN = "long-session";

    private DebuggerBench() {
    }

    /** Step back at the end of the scheduling lab on one core and on all 48, and a snapshot of each. */
    static Map<String, Object> measure() {
        Map<String, Object> figures = new LinkedHashMap<>();
        Scenario one = ShippedLabs.load("scheduling");
        figures.put("scheduling", atTheEnd(one));
        figures.put("scheduling-x48", atTheEnd(EveryCore.of(one, 48)));
        figures.put(LONG_RUN, longRun());
        return figures;
    }

    /**
     * Runs {@code lab} to its end, then steps back and forward again {@link #REPEATS} times, each
     * time once the replica worker has moved the replicas behind the end (its completion signal).
     */
    private static Map<String, Object> atTheEnd(Scenario lab) {
        try (Session session = new Session(lab)) {
            session.runTo(Long.MAX_VALUE, "to the end");
            long end = session.snapshot().position();
            long[] back = new long[REPEATS];
            long[] publish = new long[REPEATS];
            for (int i = 0; i < REPEATS; i++) {
                session.runTo(end, "forward again");
                session.awaitReplicas();
                long start = System.nanoTime();
                session.stepBack();
                back[i] = System.nanoTime() - start;
                session.awaitReplicas(); // a command waits for the worker's slice: time the snapshot alone
                start = System.nanoTime();
                session.publishRun(session.advance(1), "bench");
                publish[i] = System.nanoTime() - start;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("position", end);
            m.put("traceEvents", session.snapshot().machine().traceEvents());
            m.put("stepBackMillis", median(back) / 1_000_000);
            m.put("snapshotMicros", median(publish) / 1_000);
            return m;
        }
    }

    /**
     * The heap in use with a session standing at cycle 10^9 of {@link MemoryBench}'s 10 kHz lab and
     * its snapshot in hand: the trace window and the bounded records, not the whole run. The live
     * machine alone (no replicas behind it: each would add its own machine and trace window).
     */
    private static Map<String, Object> longRun() {
        try (Session session = new Session(MemoryBench.TURNS, ReplicaLadder.NONE)) {
            long start = System.nanoTime();
            session.goToCycle(MemoryBench.CYCLES);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long heap = MemoryBench.heapInUseAfterGc();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cycles", MemoryBench.CYCLES);
            m.put("traceEvents", session.snapshot().machine().traceEvents());
            m.put("windowEvents", (long) session.snapshot().trace().size());
            m.put("wallMillis", millis);
            m.put("heapAfterMegabytes", heap / (1024 * 1024));
            return m;
        }
    }

    /** The median of a few timings (SimulatorBench uses it too). */
    static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static void print(PrintStream out, Map<?, ?> figures) {
        out.println("Debugger, wall time on this machine (median of " + REPEATS + ")");
        figures.forEach((lab, value) -> {
            Map<?, ?> m = (Map<?, ?>) value;
            if (LONG_RUN.equals(lab)) {
                out.printf("  session at cycle %,d of a 10 kHz lab: %,d ms wall, %,d of %,d trace events kept, heap %,d MB%n",
                    (Long) m.get("cycles"), (Long) m.get("wallMillis"), (Long) m.get("windowEvents"),
                    (Long) m.get("traceEvents"), (Long) m.get("heapAfterMegabytes"));
                return;
            }
            out.printf("  %-16s step back at position %,9d (end of the lab) %,8d ms; one snapshot %,7d us (%,d trace events)%n",
                lab, m.get("position"), m.get("stepBackMillis"), m.get("snapshotMicros"), m.get("traceEvents"));
        });
    }
}
