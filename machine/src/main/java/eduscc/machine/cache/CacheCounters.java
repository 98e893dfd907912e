package eduscc.machine.cache;

import eduscc.machine.cost.CacheCosts;

/**
 * Hits and misses per cache and TLB of one core, the write stalls, and which lines (or pages)
 * the last instruction or machine operation missed: what the debugger shows beside the
 * registers. Plain arrays, no allocation per access.
 */
public final class CacheCounters {
    private static final Level[] LEVELS = Level.values();
    private static final int PAGE_SHIFT = 12;

    private final long[] hits = new long[LEVELS.length];
    private final long[] misses = new long[LEVELS.length];
    private long writeStalls;
    private long writeStallCycles;
    private final int[] missedTags = new int[MemoryHierarchy.MISSES_KEPT];
    private final byte[] missedLevels = new byte[MemoryHierarchy.MISSES_KEPT];
    private int missedCount;
    private int missedDropped;

    void hit(Level level) {
        hits[level.ordinal()]++;
    }

    void miss(Level level, int tag) {
        misses[level.ordinal()]++;
        if (missedCount < missedTags.length) {
            missedTags[missedCount] = tag;
            missedLevels[missedCount] = (byte) level.ordinal();
            missedCount++;
        } else {
            missedDropped++;
        }
    }

    void stalled(int cycles) {
        writeStalls++;
        writeStallCycles += cycles;
    }

    void beginStep() {
        missedCount = 0;
        missedDropped = 0;
    }

    void reset() {
        java.util.Arrays.fill(hits, 0);
        java.util.Arrays.fill(misses, 0);
        writeStalls = 0;
        writeStallCycles = 0;
        beginStep();
    }

    public long hits(Level level) {
        return hits[level.ordinal()];
    }

    public long misses(Level level) {
        return misses[level.ordinal()];
    }

    /** Accesses that waited for the outstanding write. */
    public long writeStalls() {
        return writeStalls;
    }

    /** Cycles spent waiting for outstanding writes. */
    public long writeStallCycles() {
        return writeStallCycles;
    }

    /** How many misses of the last step are kept (at most {@link MemoryHierarchy#MISSES_KEPT}). */
    public int missedCount() {
        return missedCount;
    }

    /** Misses of the last step beyond those kept. */
    public int missedDropped() {
        return missedDropped;
    }

    public Level missedLevel(int i) {
        return LEVELS[missedLevels[i]];
    }

    /** The address of the i-th missed line (for a TLB, of the page), as the first byte of it. */
    public int missedAddress(int i) {
        return missedLevel(i).isTlb() ? missedTags[i] << PAGE_SHIFT : missedTags[i] << CacheCosts.LINE_SHIFT;
    }
}
