package eduscc.machine.snapshot;

import eduscc.machine.cache.CacheCounters;
import eduscc.machine.cache.Level;
import eduscc.machine.cache.MemoryHierarchy;
import java.util.ArrayList;
import java.util.List;

/**
 * One core's cache and TLB counters at a pause, and the lines (or pages) its last instruction or
 * operation missed: what the debugger's "Caches" section shows.
 *
 * @param hits    per {@link Level}, in its order
 * @param misses  per {@link Level}, in its order
 */
public record CacheSnapshot(List<Long> hits, List<Long> misses, long writeStalls, long writeStallCycles,
                            List<MissedLine> lastMisses) {

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
    }

    /** No accesses yet: every counter zero. */
    public static CacheSnapshot empty() {
        List<Long> zeros = new ArrayList<>();
        for (int i = 0; i < Level.values().length; i++) {
            zeros.add(0L);
        }
        return new CacheSnapshot(zeros, zeros, 0, 0, List.of());
    }

    public static CacheSnapshot of(MemoryHierarchy caches) {
        CacheCounters c = caches.counters();
        List<Long> hits = new ArrayList<>();
        List<Long> misses = new ArrayList<>();
        for (Level level : Level.values()) {
            hits.add(c.hits(level));
            misses.add(c.misses(level));
        }
        List<MissedLine> missed = new ArrayList<>();
        for (int i = 0; i < c.missedCount(); i++) {
            missed.add(new MissedLine(c.missedLevel(i), c.missedAddress(i)));
        }
        return new CacheSnapshot(hits, misses, c.writeStalls(), c.writeStallCycles(), missed);
    }

    public long hits(Level level) {
        return hits.get(level.ordinal());
    }

    public long misses(Level level) {
        return misses.get(level.ordinal());
    }
}
