package eduscc.machine.snapshot;

import eduscc.machine.cache.CacheContents;
import eduscc.machine.cache.CacheCounters;
import eduscc.machine.cache.Level;
import eduscc.machine.cache.MemoryHierarchy;
import java.util.ArrayList;
import java.util.List;

/**
 * One core's caches and TLBs at a pause: their counters, the lines (or pages) its last
 * instruction or operation missed (what the debugger's "Caches" section shows), and their
 * contents with the write still outstanding, which are machine state like the registers: a step
 * back must give an equal snapshot.
 *
 * @param hits     per {@link Level}, in its order
 * @param misses   per {@link Level}, in its order
 * @param contents per {@link Level}, in its order (empty in {@link #empty()})
 * @param writeOutstandingUntil the core cycle at which the outstanding write completes
 */
public record CacheSnapshot(List<Long> hits, List<Long> misses, long writeStalls, long writeStallCycles,
                            List<MissedLine> lastMisses, List<CacheContents> contents, long writeOutstandingUntil) {

    /** A line (for a TLB, a page) the last step missed, named by its first byte. */
    public record MissedLine(Level level, int address) {
        @Override
        public String toString() {
            return String.format("%s 0x%08X", level.label(), address);
        }
    }

    public CacheSnapshot {
        hits = List.copyOf(hits);
        misses = List.copyOf(misses);
        lastMisses = List.copyOf(lastMisses);
        contents = List.copyOf(contents);
    }

    /** No accesses yet: every counter zero. */
    public static CacheSnapshot empty() {
        List<Long> zeros = new ArrayList<>();
        for (int i = 0; i < Level.values().length; i++) {
            zeros.add(0L);
        }
        return new CacheSnapshot(zeros, zeros, 0, 0, List.of(), List.of(), 0);
    }

    public static CacheSnapshot of(MemoryHierarchy caches) {
        CacheCounters c = caches.counters();
        List<Long> hits = new ArrayList<>();
        List<Long> misses = new ArrayList<>();
        for (Level level : Level.values()) {
            hits.add(c.hits(level));
            misses.add(c.misses(level));
        }
        List<CacheContents> contents = new ArrayList<>();
        for (Level level : Level.values()) {
            contents.add(caches.of(level).contents());
        }
        List<MissedLine> missed = new ArrayList<>();
        for (int i = 0; i < c.missedCount(); i++) {
            missed.add(new MissedLine(c.missedLevel(i), c.missedAddress(i)));
        }
        return new CacheSnapshot(hits, misses, c.writeStalls(), c.writeStallCycles(), missed, contents,
            caches.writeOutstandingUntil());
    }

    public long hits(Level level) {
        return hits.get(level.ordinal());
    }

    public long misses(Level level) {
        return misses.get(level.ordinal());
    }

    /** What the cache or TLB of {@code level} holds (not kept in {@link #empty()}). */
    public CacheContents contents(Level level) {
        return contents.get(level.ordinal());
    }
}
