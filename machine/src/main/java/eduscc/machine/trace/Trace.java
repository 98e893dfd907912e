package eduscc.machine.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The run's event log. Events get sequence numbers in the order the simulation produces them,
 * which is deterministic, and feed a running 64-bit FNV-1a hash over their binary fields
 * ({@link TraceHash}): two runs of the same scenario must end with the same {@link #hash()}.
 */
public final class Trace {
    /** Entries are kept in chunks of 2^CHUNK_BITS that never move, so a {@link TracePrefix} can share them. */
    static final int CHUNK_BITS = 12;
    static final int CHUNK_MASK = (1 << CHUNK_BITS) - 1;

    /**
     * The first {@link #HEAD_CHUNKS} chunks stay in memory whatever the window: they hold the boot
     * (every core's reset, mode switches, first decisions), which a debugger view of a long run
     * still shows, and cost a bounded 2 x 4,096 entries.
     */
    public static final int HEAD_CHUNKS = 2;

    /** The kept chunks, from chunk number {@link #firstChunk}: replaced, never changed in place, when one is dropped. */
    private TraceEntry[][] chunks = new TraceEntry[16][];
    /** The number of the chunk in {@code chunks[0]}: the chunks before it were dropped from the window. */
    private long firstChunk;
    /** The first chunks, which no window drops. */
    private final TraceEntry[][] head = new TraceEntry[HEAD_CHUNKS][];
    /** Entries kept from sequence number 0 on: the end of the kept storage (equal to nextSeq while every entry is kept). */
    private long kept;
    /** At least this many of the latest entries stay in memory; older chunks beyond the head are dropped. */
    private long window = Long.MAX_VALUE;
    private final List<Consumer<TraceEntry>> listeners = new ArrayList<>();
    private final TraceHash hash = new TraceHash();
    private long nextSeq;
    private boolean keepEntries = true;

    public TraceEntry record(long time, int core, TraceEvent event) {
        TraceEntry entry = new TraceEntry(nextSeq++, time, core, event);
        hash.add(entry);
        if (keepEntries) {
            keep(entry);
        }
        for (Consumer<TraceEntry> l : listeners) {
            l.accept(entry);
        }
        return entry;
    }

    /** Appends to the last chunk; a full one is followed by a new chunk, so no entry ever moves. */
    private void keep(TraceEntry entry) {
        long number = kept >>> CHUNK_BITS;
        int chunk = (int) (number - firstChunk);
        if (chunk == chunks.length) {
            // Only the list of chunks grows; prefixes handed out keep the old list, which still
            // names every chunk they read.
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new TraceEntry[1 << CHUNK_BITS];
            if (number < HEAD_CHUNKS) {
                head[(int) number] = chunks[chunk];
            }
        }
        chunks[chunk][(int) (kept & CHUNK_MASK)] = entry;
        kept++;
        dropChunksBeforeWindow();
    }

    /**
     * Forgets the oldest chunk once the window lies wholly after it. The list of chunks is copied,
     * not shifted in place, so a prefix handed out earlier still reads the chunks it named (the
     * collector frees a dropped chunk once no snapshot holds it).
     */
    private void dropChunksBeforeWindow() {
        if (window == Long.MAX_VALUE || kept - window < (firstChunk + 1) << CHUNK_BITS) {
            return;
        }
        TraceEntry[][] shifted = new TraceEntry[chunks.length][];
        System.arraycopy(chunks, 1, shifted, 0, chunks.length - 1);
        chunks = shifted;
        firstChunk++;
    }

    /** Long benchmark runs only need the hash and the listeners, not every entry in memory. */
    public void setKeepEntries(boolean keep) {
        this.keepEntries = keep;
    }

    /**
     * Keeps only about the latest {@code entries} entries (whole chunks: between {@code entries} and
     * {@code entries} + 4,095) besides the first {@link #HEAD_CHUNKS} chunks, however long the run:
     * the debugger's bounded memory. The sequence numbers, the count and the hash still cover every
     * entry; {@link #entries()} then starts at the window.
     */
    public void setWindow(long entries) {
        if (entries < 1) {
            throw new IllegalArgumentException("a trace window must keep at least one entry, got " + entries);
        }
        this.window = entries;
        while (window != Long.MAX_VALUE && kept - window >= (firstChunk + 1) << CHUNK_BITS) {
            dropChunksBeforeWindow();
        }
    }

    public void addListener(Consumer<TraceEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<TraceEntry> listener) {
        listeners.remove(listener);
    }

    /** Hands {@code listener} every entry recorded so far, then every new one. */
    public void replayAndFollow(Consumer<TraceEntry> listener) {
        entries().forEach(listener);
        listeners.add(listener);
    }

    /**
     * Every entry kept so far, as an immutable view that costs nothing to take (no copy): later
     * entries do not appear in it. Take a new one to see them. With a {@link #setWindow window}
     * it starts at the oldest kept entry after the head ({@link TracePrefix#firstSeq()}), and
     * {@link TracePrefix#head()} gives the head.
     */
    public TracePrefix entries() {
        long from = window == Long.MAX_VALUE ? 0 : Math.max(firstChunk << CHUNK_BITS, kept - window);
        return new TracePrefix(this, chunks, firstChunk, from, kept, head);
    }

    public long size() {
        return nextSeq;
    }

    public long hash() {
        return hash.value();
    }

    public String hashHex() {
        return String.format("%016x", hash.value());
    }

    public List<TraceEntry> forCore(int core) {
        return entries().stream().filter(e -> e.core() == core).toList();
    }

    public <T extends TraceEvent> List<T> events(Class<T> kind) {
        return entries().stream().map(TraceEntry::event).filter(kind::isInstance).map(kind::cast).toList();
    }
}
