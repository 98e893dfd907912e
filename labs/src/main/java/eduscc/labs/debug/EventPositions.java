package eduscc.labs.debug;

import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TracePrefix;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * For each of the latest trace events, how many instruction boundaries had passed when it was
 * recorded: the position at which "next event" stops for it is one more (see
 * {@code Session#lastStopBefore}). With it, "previous event" reads its answer off the trace
 * window instead of re-running the lab from the boot to find it. A ring of one long per event,
 * as deep as the session's trace window.
 */
final class EventPositions implements Consumer<TraceEntry> {
    private final Machine machine;
    private final long[] boundaries;
    /** Sequence number of the next event to arrive: the ring holds the ones before it. */
    private long nextSeq;

    EventPositions(Machine machine, int depth) {
        this.machine = machine;
        this.boundaries = new long[depth];
    }

    @Override
    public void accept(TraceEntry entry) {
        boundaries[(int) (entry.seq() % boundaries.length)] = machine.boundaries();
        nextSeq = entry.seq() + 1;
    }

    /**
     * The position at which "next event" stops for event {@code seq}, one boundary after the one
     * it happened in, or -1 if the ring no longer (or not yet) holds it.
     */
    long stopAfter(long seq) {
        if (seq < 0 || seq >= nextSeq || seq < nextSeq - boundaries.length) {
            return -1;
        }
        return boundaries[(int) (seq % boundaries.length)] + 1;
    }

    /** The sequence number of the oldest event that both {@code window} and the ring hold. */
    long oldestCovered(TracePrefix window) {
        return Math.max(window.firstSeq(), nextSeq - boundaries.length);
    }

    /**
     * The last position before {@code here} where a run to the next event that {@code kind}
     * accepts stops, from the events in {@code window} this ring still covers: 0 if no such
     * event happened since the boot, -1 if the answer may lie before what the window and the
     * ring hold (then only a re-run can tell).
     */
    long lastStopBefore(TracePrefix window, Predicate<TraceEntry> kind, long here) {
        long oldest = oldestCovered(window);
        for (long seq = Math.min(window.endSeq(), nextSeq) - 1; seq >= oldest; seq--) {
            long stop = boundaries[(int) (seq % boundaries.length)] + 1;
            if (stop < here && kind.test(window.get((int) (seq - window.firstSeq())))) {
                return stop;
            }
        }
        return oldest <= 0 ? 0 : -1;
    }
}
