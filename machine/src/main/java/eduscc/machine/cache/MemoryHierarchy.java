package eduscc.machine.cache;

import eduscc.machine.cost.CacheCosts;

/**
 * One core's caches and TLBs (facts A.3): L1 instruction and L1 data cache, the unified L2,
 * the code and data TLBs, and the M-unit's single outstanding write. It answers one question
 * for every access: how many cycles beyond an L1 hit does it cost, given the time {@code now}
 * on the core's clock at which it starts? Parameters and their sources: {@link CacheCosts}.
 *
 * <pre>
 *   fetch -> I-TLB -> L1I --miss--+
 *                                  +--> L2 --miss--> memory (line fill, MeshLatency)
 *   data  -> D-TLB -> L1D --miss--+
 *                     L1D (MPBT line) --miss----------> memory (no L2)
 *   write miss: no allocation, one write outstanding; the next access that needs L2 or memory
 *               waits for it
 * </pre>
 *
 * Contents and counters are machine state: deterministic, cleared by reset.
 */
public final class MemoryHierarchy {
    /** What a line fill costs: the uncached read of the memory behind {@code physical}. */
    @FunctionalInterface
    public interface LineFill {
        int cycles(int physical);
    }

    private static final int NO_LINE = -1;

    /** How many missed lines of the last step are remembered for the debugger. */
    public static final int MISSES_KEPT = 8;

    private final SetAssociativeCache l1i = cache("L1I", CacheCosts.L1_BYTES, CacheCosts.L1_WAYS);
    private final SetAssociativeCache l1d = cache("L1D", CacheCosts.L1_BYTES, CacheCosts.L1_WAYS);
    private final SetAssociativeCache l2 = cache("L2", CacheCosts.L2_BYTES, CacheCosts.L2_WAYS);
    private final SetAssociativeCache itlb = new SetAssociativeCache("I-TLB",
        CacheCosts.ITLB_ENTRIES / CacheCosts.TLB_WAYS, CacheCosts.TLB_WAYS);
    private final SetAssociativeCache dtlb = new SetAssociativeCache("D-TLB",
        CacheCosts.DTLB_ENTRIES / CacheCosts.TLB_WAYS, CacheCosts.TLB_WAYS);
    private final LineFill lineFill;
    private final CacheCounters counters = new CacheCounters();
    private long writeDoneAt;
    /**
     * The code line the prefetcher read last while no line could be filled (CR0.CD): the next
     * bytes of the same line come from the prefetch buffer (ASSUMPTION, see CacheCosts).
     */
    private int prefetchedLine = NO_LINE;

    public MemoryHierarchy(LineFill lineFill) {
        this.lineFill = lineFill;
    }

    private static SetAssociativeCache cache(String name, int bytes, int ways) {
        return SetAssociativeCache.ofBytes(name, bytes, ways, CacheCosts.LINE_BYTES);
    }

    // Reads and instruction fetches.

    /**
     * A read of {@code size} bytes at {@code physical} from cacheable memory; {@code messageBuffer}
     * for an MPBT page (L1 only, tagged). Returns the cycles beyond an L1 hit.
     */
    public int read(int physical, int size, boolean fetch, boolean messageBuffer, long now) {
        return read(physical, size, fetch, messageBuffer, true, now);
    }

    /**
     * A read with CR0.CD set (SDM Vol. 3A §11.5.3, no-fill cache mode): a line the caches hold
     * still hits, a miss reads memory and fills no line. Returns the cycles beyond an L1 hit.
     */
    public int readWithoutFill(int physical, int size, boolean fetch, long now) {
        int line = physical >>> CacheCosts.LINE_SHIFT;
        if (fetch && line == prefetchedLine && (physical + size - 1) >>> CacheCosts.LINE_SHIFT == line) {
            return 0;
        }
        int cost = read(physical, size, fetch, false, false, now);
        if (fetch) {
            prefetchedLine = (physical + size - 1) >>> CacheCosts.LINE_SHIFT;
        }
        return cost;
    }

    /**
     * A code fetch within one line that the caches answer at once, as {@link #read} or
     * {@link #readWithoutFill} would: the L1I's last hit was this line (a hit, counted), or, with
     * CR0.CD set ({@code noFill}), the line is in the prefetch buffer (nothing to count). Returns
     * false, having counted nothing, when neither holds: the caller makes the ordinary read.
     * Costs no cycles either way: a hit costs nothing beyond the L1.
     */
    public boolean fetchHitsAgain(int physical, boolean noFill) {
        int line = physical >>> CacheCosts.LINE_SHIFT;
        if (noFill && line == prefetchedLine) {
            return true;
        }
        if (noFill || !l1i.isLastHit(line)) {
            return false;
        }
        counters.hit(Level.L1I);
        return true;
    }

    private int read(int physical, int size, boolean fetch, boolean messageBuffer, boolean fill, long now) {
        int first = physical >>> CacheCosts.LINE_SHIFT;
        int last = (physical + size - 1) >>> CacheCosts.LINE_SHIFT;
        int cost = readLine(first, physical, fetch, messageBuffer, fill, now);
        if (last != first) {
            cost += readLine(last, last << CacheCosts.LINE_SHIFT, fetch, messageBuffer, fill, now + cost);
        }
        return cost;
    }

    private int readLine(int line, int physical, boolean fetch, boolean messageBuffer, boolean fill, long now) {
        SetAssociativeCache l1 = fetch ? l1i : l1d;
        Level level = fetch ? Level.L1I : Level.L1D;
        if (l1.lookup(line) >= 0) {
            counters.hit(level);
            return 0;
        }
        counters.miss(level, line);
        int cost = waitForWrite(now);
        if (messageBuffer) {
            cost += lineFill.cycles(physical);
        } else if (l2.lookup(line) >= 0) {
            counters.hit(Level.L2);
            cost += CacheCosts.L2_HIT;
        } else {
            counters.miss(Level.L2, line);
            cost += lineFill.cycles(physical);
            if (fill && l2.fill(line, 0)) {
                cost += postWrite(now + cost, CacheCosts.WRITE_TO_MEMORY_OUTSTANDING);
            }
        }
        if (fill && l1.fill(line, messageBuffer ? SetAssociativeCache.MESSAGE_BUFFER : 0)) {
            cost += writeBackToL2(l1.victim(), now + cost);
        }
        return cost;
    }

    /** A dirty L1 victim goes to the L2 if it holds the line (absorbed), else on to memory. */
    private int writeBackToL2(int line, long now) {
        int slot = l2.lookup(line);
        if (slot >= 0) {
            l2.markDirty(slot);
            return 0;
        }
        return postWrite(now, CacheCosts.WRITE_TO_MEMORY_OUTSTANDING);
    }

    // Writes.

    /** A write to cacheable memory through an ordinary page. Returns the cycles beyond an L1 hit. */
    public int write(int physical, int size, long now) {
        int first = physical >>> CacheCosts.LINE_SHIFT;
        int last = (physical + size - 1) >>> CacheCosts.LINE_SHIFT;
        int cost = writeLine(first, now);
        if (last != first) {
            cost += writeLine(last, now + cost);
        }
        return cost;
    }

    private int writeLine(int line, long now) {
        int slot = l1d.lookup(line);
        if (slot >= 0) {
            counters.hit(Level.L1D);
            l1d.markDirty(slot);
            return 0;
        }
        counters.miss(Level.L1D, line);
        int inL2 = l2.lookup(line);
        if (inL2 >= 0) {
            counters.hit(Level.L2);
            l2.markDirty(inL2);
            return postWrite(now, CacheCosts.L2_HIT);
        }
        counters.miss(Level.L2, line);
        return postWrite(now, CacheCosts.WRITE_TO_MEMORY_OUTSTANDING);
    }

    /**
     * A write through an MPBT page: it goes on through the write-combine buffer (the caller
     * charges that), after any outstanding write. An L1 copy is kept current and clean.
     */
    public int writeThrough(int physical, long now) {
        int line = physical >>> CacheCosts.LINE_SHIFT;
        if (l1d.lookup(line) >= 0) {
            counters.hit(Level.L1D);
        } else {
            counters.miss(Level.L1D, line);
        }
        return waitForWrite(now);
    }

    /**
     * The L1D slot that holds the line of {@code physical} as an MPBT line, or -1: where the
     * line's bytes are kept ({@code MessageLines}). A query: counts nothing, costs nothing.
     */
    public int messageLineSlot(int physical) {
        return l1d.slotWith(physical >>> CacheCosts.LINE_SHIFT, SetAssociativeCache.MESSAGE_BUFFER);
    }

    /** How many lines the L1 data cache holds. */
    public int dataLineSlots() {
        return l1d.slots();
    }

    /** An uncached access needs memory: it waits for an outstanding write. */
    public int uncached(long now) {
        return waitForWrite(now);
    }

    /** Stalls until the outstanding write is done; returns the stall. */
    private int waitForWrite(long now) {
        if (writeDoneAt <= now) {
            return 0;
        }
        int stall = (int) (writeDoneAt - now);
        counters.stalled(stall);
        return stall;
    }

    /** Starts a write transaction of {@code duration}; it waits for the one before it. */
    private int postWrite(long now, int duration) {
        int stall = waitForWrite(now);
        writeDoneAt = now + stall + duration;
        return stall;
    }

    // TLBs.

    /** Looks {@code page} up in the code or data TLB; counts the hit or miss. */
    public boolean translationCached(int page, boolean fetch) {
        SetAssociativeCache tlb = fetch ? itlb : dtlb;
        if (tlb.lookup(page) >= 0) {
            counters.hit(fetch ? Level.ITLB : Level.DTLB);
            return true;
        }
        counters.miss(fetch ? Level.ITLB : Level.DTLB, page);
        return false;
    }

    /**
     * {@link #translationCached} when the code or data TLB's last hit was {@code page}: the hit,
     * counted, without the search. False, having counted nothing, otherwise.
     */
    public boolean translationHitsAgain(int page, boolean fetch) {
        if (!(fetch ? itlb : dtlb).isLastHit(page)) {
            return false;
        }
        counters.hit(fetch ? Level.ITLB : Level.DTLB);
        return true;
    }

    /** A successful walk leaves its translation in the TLB it was made for. */
    public void rememberTranslation(int page, boolean fetch) {
        (fetch ? itlb : dtlb).fill(page, 0);
    }

    /** A CR3 load (MOV to CR3, a task switch) or a change of paging drops every translation. */
    public void flushTlbs() {
        itlb.reset();
        dtlb.reset();
    }

    /** INVLPG drops the translation of one page from both TLBs. */
    public void invalidatePage(int page) {
        itlb.invalidate(page);
        dtlb.invalidate(page);
    }

    // Whole-cache operations.

    /** CL1INVMB: drops exactly the MPBT lines of both L1 caches, writing nothing back (facts A.3). */
    public int invalidateMessageBufferLines() {
        return l1d.invalidateMatching(SetAssociativeCache.MESSAGE_BUFFER)
            + l1i.invalidateMatching(SetAssociativeCache.MESSAGE_BUFFER);
    }

    /**
     * INVD and WBINVD empty every cache (the model keeps no data, so WBINVD's write-back changes
     * no bytes; its time is the table's fixed cost).
     */
    public void invalidateCaches() {
        prefetchedLine = NO_LINE;
        l1i.reset();
        l1d.reset();
        l2.reset();
    }

    /** Reset: empty caches and TLBs, no write outstanding, counters at zero. */
    public void reset() {
        invalidateCaches();
        flushTlbs();
        writeDoneAt = 0;
        counters.reset();
    }

    /** A new instruction or operation starts: its missed lines replace the last one's. */
    public void beginStep() {
        counters.beginStep();
    }

    public CacheCounters counters() {
        return counters;
    }

    /** The core cycle at which the outstanding write completes (in the past: none outstanding). */
    public long writeOutstandingUntil() {
        return writeDoneAt;
    }

    /** The cache or TLB of {@code level}, for tests and the debugger. */
    public SetAssociativeCache of(Level level) {
        return switch (level) {
            case L1I -> l1i;
            case L1D -> l1d;
            case L2 -> l2;
            case ITLB -> itlb;
            case DTLB -> dtlb;
        };
    }
}
