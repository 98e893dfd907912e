package eduscc.machine.trace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The run's event log. Events get sequence numbers in the order the simulation produces them,
 * which is deterministic, and feed a running 64-bit FNV-1a hash over their canonical text: two
 * runs of the same scenario must end with the same {@link #hash()}.
 */
public final class Trace {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Entries are kept in chunks of 2^CHUNK_BITS that never move, so a {@link TracePrefix} can share them. */
    static final int CHUNK_BITS = 12;
    static final int CHUNK_MASK = (1 << CHUNK_BITS) - 1;

    private TraceEntry[][] chunks = new TraceEntry[16][];
    private int kept;
    private final List<Consumer<TraceEntry>> listeners = new ArrayList<>();
    private long hash = FNV_OFFSET;
    private long nextSeq;
    private boolean keepEntries = true;

    public TraceEntry record(long time, int core, TraceEvent event) {
        TraceEntry entry = new TraceEntry(nextSeq++, time, core, event);
        byte[] text = entry.canonical().getBytes(StandardCharsets.UTF_8);
        for (byte b : text) {
            hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
        }
        hash = (hash ^ '\n') * FNV_PRIME;
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
        int chunk = kept >>> CHUNK_BITS;
        if (chunk == chunks.length) {
            // Only the list of chunks grows; prefixes handed out keep the old list, which still
            // names every chunk they read.
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new TraceEntry[1 << CHUNK_BITS];
        }
        chunks[chunk][kept & CHUNK_MASK] = entry;
        kept++;
    }

    /** Long benchmark runs only need the hash and the listeners, not every entry in memory. */
    public void setKeepEntries(boolean keep) {
        this.keepEntries = keep;
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
     * entries do not appear in it. Take a new one to see them.
     */
    public TracePrefix entries() {
        return new TracePrefix(chunks, kept);
    }

    public long size() {
        return nextSeq;
    }

    public long hash() {
        return hash;
    }

    public String hashHex() {
        return String.format("%016x", hash);
    }

    public List<TraceEntry> forCore(int core) {
        return entries().stream().filter(e -> e.core() == core).toList();
    }

    public <T extends TraceEvent> List<T> events(Class<T> kind) {
        return entries().stream().map(TraceEntry::event).filter(kind::isInstance).map(kind::cast).toList();
    }
}
