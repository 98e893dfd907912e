package eduscc.machine.trace;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The first {@code size} entries of a run's trace, as they stand in the trace's own append-only
 * storage: taking one costs the same whether the trace holds ten events or ten million, because
 * nothing is copied. The debugger puts one in every snapshot it publishes (DESIGN §5).
 *
 * <p>Immutable although the trace keeps growing: the trace only ever writes past the end of a
 * prefix it has handed out, into slots a prefix never reads, and never moves an entry. A prefix
 * reaches another thread through the snapshot's safe publication (a volatile field), which makes
 * every entry before {@code size} visible there.
 */
public final class TracePrefix extends AbstractList<TraceEntry> implements RandomAccess {
    private static final TracePrefix EMPTY = new TracePrefix(new TraceEntry[0][], 0);

    private final TraceEntry[][] chunks;
    private final int size;

    TracePrefix(TraceEntry[][] chunks, int size) {
        this.chunks = chunks;
        this.size = size;
    }

    /** No events: the trace of a run that has not started. */
    public static TracePrefix empty() {
        return EMPTY;
    }

    @Override
    public TraceEntry get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("trace entry " + index + " of " + size);
        }
        return chunks[index >>> Trace.CHUNK_BITS][index & Trace.CHUNK_MASK];
    }

    @Override
    public int size() {
        return size;
    }

    /** The first {@code count} of these entries, again without copying. */
    public TracePrefix first(int count) {
        if (count < 0 || count > size) {
            throw new IndexOutOfBoundsException("a prefix of " + count + " entries of " + size);
        }
        return count == size ? this : new TracePrefix(chunks, count);
    }

    /**
     * True if both prefixes are views of one trace's storage (one is the beginning of the other):
     * what a debugger snapshot shares with the run instead of copying it.
     */
    public boolean sharesStorageWith(TracePrefix other) {
        return chunks.length > 0 && other.chunks.length > 0 && chunks[0] == other.chunks[0];
    }

    /**
     * True if {@code now} is {@code before} with entries added at its end: the same run's trace,
     * taken later. A viewer that showed {@code before} then only needs the entries past its end.
     */
    public static boolean continues(java.util.List<TraceEntry> before, java.util.List<TraceEntry> now) {
        if (now.size() < before.size()) {
            return false;
        }
        if (before.isEmpty()) {
            return true;
        }
        if (before instanceof TracePrefix a && now instanceof TracePrefix b) {
            return a.sharesStorageWith(b);
        }
        return now.get(before.size() - 1) == before.get(before.size() - 1);
    }
}
