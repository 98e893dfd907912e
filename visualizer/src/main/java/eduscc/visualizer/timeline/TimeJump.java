package eduscc.visualizer.timeline;

import eduscc.labs.debug.Session;
import eduscc.machine.trace.TraceEntry;
import java.util.List;
import java.util.Optional;

/**
 * Going to a time the user clicked on the timeline. The session moves by events, not by time, so
 * a time becomes the last trace event at or before it; the run is deterministic and sequence
 * numbers are the same on every run, so re-running from the start until that sequence number
 * reaches exactly that event again (DESIGN §5: stepping back is re-running).
 */
public final class TimeJump {
    private TimeJump() {
    }

    /**
     * The event at or before {@code time}: the latest time not after it, and of those the last in
     * sequence. Cores run in quanta, so times are not sorted by sequence and the whole trace is read.
     */
    public static Optional<TraceEntry> entryAtOrBefore(List<TraceEntry> trace, long time) {
        TraceEntry best = null;
        for (TraceEntry e : trace) {
            if (e.time() <= time && (best == null || e.time() > best.time()
                || e.time() == best.time() && e.seq() > best.seq())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Runs {@code session} to the event at or before {@code time} of its current trace: back to the
     * start, then forward until that event. Call it on the simulation thread, like every command.
     *
     * @return the event the session now stands at; empty if there was none (back at the start)
     */
    public static Optional<TraceEntry> goTo(Session session, long time) {
        Optional<TraceEntry> target = entryAtOrBefore(session.snapshot().trace(), time);
        session.reset();
        target.ifPresent(t -> {
            if (session.snapshot().machine().traceEvents() <= t.seq()) {
                session.runUntil(e -> e.seq() == t.seq(), "event #" + t.seq() + " (" + t.event().kind() + ")");
            }
        });
        return target;
    }
}
