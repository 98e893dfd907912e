package eduscc.machine.cost;

/**
 * The cache and TLB half of the kit's cost table: the geometry of each core's caches and TLBs and
 * what a hit, a miss and a write cost, each with its source or marked ASSUMPTION (facts A.3,
 * facts/p54c-costs.md "Cache and memory" and "Corrections and open parameters"). No value here is
 * chosen to make a benchmark land on a published figure.
 *
 * <p>What a miss becomes is not here: a line fill costs what {@link MeshLatency} says the access
 * to the line's memory costs (ASSUMPTION, see {@link #LINE_FILL}).
 */
public final class CacheCosts {
    /** 32-byte lines in every cache [HPI SCC_CLINE_SIZE][RCCE LOG2_LINE_SIZE 5] (facts A.3). */
    public static final int LINE_BYTES = 32;
    /** log2 of {@link #LINE_BYTES}: a physical address shifted right by this is its line number. */
    public static final int LINE_SHIFT = 5;

    /** L1 instruction and L1 data cache: 16 KB each per core [lit] (facts A.3). */
    public static final int L1_BYTES = 16 * 1024;
    /**
     * ASSUMPTION: 4 ways. The SCC's L1 associativity was not found; Wikipedia's SCC infobox says
     * 4-way (facts "Corrections"); the original P54C's 8 KB L1 was 2-way.
     */
    public static final int L1_WAYS = 4;
    /** Unified L2: 256 KB per core [lit][BF] (facts A.3). */
    public static final int L2_BYTES = 256 * 1024;
    /** ASSUMPTION: 4 ways; not found for the SCC's L2; the same choice as the L1. */
    public static final int L2_WAYS = 4;
    /*
     * Replacement, every cache and TLB: ASSUMPTION, least recently used within a set. Not found
     * for the SCC; exact LRU is deterministic and is what a lecture draws.
     */

    /**
     * ASSUMPTION: an L2 hit costs 10 core cycles beyond the L1 hit. Not found (facts "L2 hit
     * latency / line fill: not found"); chosen below an own-tile MPB read (20 [BF]), which
     * leaves the core through the tile's mesh interface, as the private L2 does not.
     */
    public static final int L2_HIT = 10;

    /**
     * ASSUMPTION: a line fill from memory costs one uncached DWORD read of that memory: own
     * private DRAM by hop count to the tile's controller ({@link MeshLatency#dramRead}), an MPB
     * line by {@link MeshLatency#mpbRead} (measured as a read that "pulls the line into L1"
     * [BF-TN]). No line-fill figure exists; the rest of the 32-byte burst is taken as hidden
     * behind the first DWORD.
     */
    public static final String LINE_FILL = "uncached DWORD read of the line's memory (MeshLatency)";

    /**
     * A write that goes to memory (a write miss, or a dirty line written back) is outstanding
     * for about 100 cycles; the core may have only one outstanding write, and the next access
     * that needs memory or the L2 stalls until it completes [BF-TN] (facts A.3). The write
     * itself costs the core nothing more.
     */
    public static final int WRITE_TO_MEMORY_OUTSTANDING = 100;

    /*
     * Write policy. No allocation on a write miss in L1 or L2: the write goes on as an uncached
     * write [BF-TN]. L1 hit: write-back (the P54C's L1 is MESI write-back; the line turns dirty).
     * ASSUMPTION, the L2 write policy is unverified (facts "Corrections"): write-back on a hit as
     * well; an L1 write miss that hits the L2 is a write transaction that completes after
     * L2_HIT cycles, outstanding like a write to memory. A dirty L1 line that is evicted goes to
     * the L2 at no cost to the core if the L2 holds the line (ASSUMPTION: a write-back buffer
     * absorbs it), and to memory otherwise. MPBT lines are written through the write-combine
     * buffer at the measured MPB or DRAM line-write cost and never turn dirty, so CL1INVMB
     * loses no data.
     */

    /**
     * Code TLB: 32 entries, 4 ways; data TLB: 64 entries, 4 ways. ASSUMPTION: the P54C's counts
     * as the Pentium Processor Family Developer's Manual gives them for 4 KB pages; not found in
     * the kit's facts and not confirmed by this session's searches. 4 MB pages share these TLBs
     * in the model (the P54C has a separate 8-entry data TLB for them).
     */
    public static final int ITLB_ENTRIES = 32;
    public static final int DTLB_ENTRIES = 64;
    public static final int TLB_WAYS = 4;

    /*
     * With CR0.CD set (the state after reset, until the kernel clears it) no line is filled: a
     * read miss costs a line fill's cycles and leaves the caches as they were (SDM Vol. 3A
     * §11.5.3). ASSUMPTION: instruction fetches then pay once per 32-byte line they enter, not
     * once per byte: the P54C's prefetch buffers (two of 32 bytes, Pentium manual; not in the
     * kit's facts) hold the line last read, and the model keeps that one line.
     *
     * The same buffers decide how often a cached fetch looks at the code TLB and the L1I:
     * ASSUMPTION, once per instruction and line. The bytes of one instruction within one line
     * are read from the buffer the line went into, whatever pieces the decoder takes them in;
     * an instruction across two lines makes two accesses. Looking the line up again for each
     * piece would hit at no cost, so this choice changes the hit counters and nothing else.
     */

    /*
     * A TLB miss costs the two-level walk's reads of the PDE and the PTE, each through the L1
     * data cache like any data read, and nothing more (facts: nothing found beyond the two reads).
     */

    private CacheCosts() {
    }
}
