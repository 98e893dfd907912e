package eduscc.labs.debug;

import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.Machine;
import eduscc.machine.engine.RunResult;
import eduscc.machine.trace.TraceEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Trace events that a session's window has let go, derived again on demand. The engine is
 * deterministic (DESIGN §3): the same lab, booted again and run, records the same events with
 * the same sequence numbers. So the events before the window are not stored; a second machine
 * boots the lab, runs until the asked-for events have passed, and is closed. The only state the
 * session keeps to make this possible is the lab itself: the nearest snapshot of any position is
 * the boot.
 *
 * <p>The second machine keeps no entries (its trace only streams to the collector), so fetching
 * costs time, not memory: a run as long as the events' sequence number, at the engine's speed.
 */
final class EarlierEvents {
    /** The most events one request may ask for: a page of the events view, several times over. */
    static final int MAX_COUNT = 10_000;

    private EarlierEvents() {
    }

    /**
     * Events {@code fromSeq} to {@code fromSeq + count - 1} of {@code lab} (fewer if the run ends
     * first), by re-running it from its boot.
     */
    static List<TraceEntry> rerun(Scenario lab, long fromSeq, int count) {
        if (fromSeq < 0 || count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("lab " + lab.name() + ": events are fetched from #0 on, at most "
                + MAX_COUNT + " at a time; asked for " + count + " from #" + fromSeq);
        }
        long end = fromSeq + count;
        List<TraceEntry> found = new ArrayList<>(count);
        if (count == 0) {
            return found;
        }
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            Machine m = booted.machine();
            m.trace().replayAndFollow(e -> {
                if (e.seq() >= fromSeq && e.seq() < end) {
                    found.add(e);
                }
                if (e.seq() == end - 1) {
                    m.requestStop();
                }
            });
            m.trace().setKeepEntries(false);
            RunResult result;
            do {
                result = m.run();
            } while (result.reason() == RunResult.Reason.PAUSED && m.trace().size() < end);
        }
        return found;
    }
}
