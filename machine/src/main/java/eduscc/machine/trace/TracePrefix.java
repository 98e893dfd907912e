package eduscc.machine.trace;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The entries of a run's trace from sequence number {@link #firstSeq()} up to {@link #endSeq()}, as
 * they stand in the trace's own append-only storage: taking one costs the same whether the trace
 * holds ten events or ten million, because nothing is copied. The debugger puts one in every
 * snapshot it publishes (DESIGN §5). Without a window it starts at event 0 and index equals
 * sequence number; a trace with a window ({@link Trace#setWindow}) hands out only its latest
 * entries, and then {@code get(i)} is event {@code firstSeq() + i}.
 *
 * <p>Immutable although the trace keeps growing: the trace only ever writes past the end of a
 * prefix it has handed out, into slots a prefix never reads, and never moves an entry (a dropped
 * chunk stays reachable from the prefixes that name it). A prefix reaches another thread through
 * the snapshot's safe publication (a volatile field), which makes every entry visible there.
 */
public final class TracePrefix extends AbstractList<TraceEntry> implements RandomAccess {
    private static final TracePrefix EMPTY = new TracePrefix(null, new TraceEntry[0][], 0, 0, 0, new TraceEntry[0][]);

    /** The trace this is a view of: two prefixes of one run share it. */
    private final Trace owner;
    private final TraceEntry[][] chunks;
    private final long firstChunk;
    private final long from;
    private final long to;
    private final TraceEntry[][] head;

    TracePrefix(Trace owner, TraceEntry[][] chunks, long firstChunk, long from, long to, TraceEntry[][] head) {
        this.owner = owner;
        this.chunks = chunks;
        this.firstChunk = firstChunk;
        this.from = from;
        this.to = to;
        this.head = head;
    }

    /** No events: the trace of a run that has not started. */
    public static TracePrefix empty() {
        return EMPTY;
    }

    @Override
    public TraceEntry get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("trace entry " + index + " of " + size()
                + (from > 0 ? " (the window starts at event #" + from + ")" : ""));
        }
        long seq = from + index;
        return chunks[(int) ((seq >>> Trace.CHUNK_BITS) - firstChunk)][(int) (seq & Trace.CHUNK_MASK)];
    }

    @Override
    public int size() {
        return (int) (to - from);
    }

    /** The sequence number of the first entry here: the number of earlier events a window left out. */
    public long firstSeq() {
        return from;
    }

    /** One past the sequence number of the last entry here: every event the run had recorded. */
    public long endSeq() {
        return to;
    }

    /**
     * The first events of the run, which a window never drops (the boot): up to
     * {@link Trace#HEAD_CHUNKS} chunks, never past this prefix's end. Without a window, the start
     * of this prefix itself.
     */
    public TracePrefix head() {
        long end = Math.min(to, (long) Trace.HEAD_CHUNKS << Trace.CHUNK_BITS);
        return from == 0 ? first((int) end) : new TracePrefix(owner, head, 0, 0, end, head);
    }

    /** The first {@code count} of these entries, again without copying. */
    public TracePrefix first(int count) {
        if (count < 0 || count > size()) {
            throw new IndexOutOfBoundsException("a prefix of " + count + " entries of " + size());
        }
        return count == size() ? this : new TracePrefix(owner, chunks, firstChunk, from, from + count, head);
    }

    /**
     * True if both prefixes are views of one trace's storage (one run, taken at two moments):
     * what a debugger snapshot shares with the run instead of copying it.
     */
    public boolean sharesStorageWith(TracePrefix other) {
        return owner != null && owner == other.owner;
    }

    /**
     * True if {@code now} is {@code before} with entries added at its end: the same run's trace,
     * taken later (a window may have dropped some of its first entries since). A viewer that
     * showed {@code before} then only needs {@link #since the entries past its end}.
     */
    public static boolean continues(List<TraceEntry> before, List<TraceEntry> now) {
        if (before instanceof TracePrefix a && now instanceof TracePrefix b) {
            return a.to == 0 || (a.sharesStorageWith(b) && b.to >= a.to);
        }
        if (now.size() < before.size()) {
            return false;
        }
        if (before.isEmpty()) {
            return true;
        }
        return now.get(before.size() - 1) == before.get(before.size() - 1);
    }

    /**
     * The entries of {@code now} numbered after the last event {@code before} had seen (all of
     * {@code now} if a window dropped those, none if {@code before} had seen more): what a view
     * that showed {@code before} has not shown yet. On plain lists, where index is sequence
     * number, the entries past {@code before.size()}.
     */
    public static List<TraceEntry> since(List<TraceEntry> before, List<TraceEntry> now) {
        long seen = before instanceof TracePrefix a ? a.to : before.size();
        long first = leftOut(now);
        int from = (int) Math.min(now.size(), Math.max(0, seen - first));
        return now.subList(from, now.size());
    }

    /** The number of entries a window left out before the first of {@code trace} (0 for a plain list). */
    public static long leftOut(List<TraceEntry> trace) {
        return trace instanceof TracePrefix p ? p.from : 0;
    }
}
