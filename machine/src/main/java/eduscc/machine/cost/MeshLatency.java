package eduscc.machine.cost;

/**
 * The SCC half of the kit's cost table: what a memory access across the mesh costs, in core
 * cycles, as measured on the chip at Tile533_Mesh800 (facts A.4, all figures [BF-TN]).
 *
 * <p>The MPB tables were measured from a core on tile (0,0) to every tile. Because the mesh is
 * uniform and routing is dimension-ordered, the cost depends only on the offset between the two
 * tiles, so indexing the tables by (|dx|, |dy|) gives the cost between any two tiles of the 6 x 4
 * mesh. The DRAM figures exist only for the four hop counts from core 0 to the four controllers;
 * other hop counts are interpolated linearly between the measured neighbours (and extrapolated
 * along the last segment for 8 hops), rounded to the nearest cycle.
 *
 * <p>The model charges these cycles at whatever tile frequency is set; the tables were measured at
 * 533 MHz and are not rescaled.
 */
public final class MeshLatency {

    /**
     * Read one DWORD from a tile's MPB, from tile (0,0); the read pulls the line into L1.
     * Rows are |dy| 0..3, columns |dx| 0..5 [BF-TN].
     */
    private static final int[][] MPB_DWORD_READ = {
        {20, 63, 69, 72, 78, 84},   // [BF-TN]
        {63, 69, 72, 78, 84, 90},   // [BF-TN]
        {69, 72, 78, 84, 90, 96},   // [BF-TN]
        {72, 78, 84, 90, 96, 102},  // [BF-TN]
    };

    /**
     * Write a full 32-byte line (8 DWORD stores) into a tile's MPB, from tile (0,0).
     * Rows are |dy| 0..3, columns |dx| 0..5 [BF-TN].
     */
    private static final int[][] MPB_LINE_WRITE = {
        {39, 84, 89, 90, 95, 101},   // [BF-TN]
        {84, 89, 89, 95, 101, 108},  // [BF-TN]
        {89, 89, 95, 101, 107, 113}, // [BF-TN]
        {89, 95, 101, 108, 113, 119}, // [BF-TN]
    };

    /** Hop counts at which the DRAM figures were measured: core 0 to MC0, MC2, MC1, MC3 [BF-TN]. */
    private static final int[] DRAM_MEASURED_HOPS = {0, 2, 5, 7};
    /** Uncached DWORD read from shared DDR3 at those hop counts (MC0 97, MC2 105, MC1 121, MC3 134) [BF-TN]. */
    private static final int[] DRAM_UNCACHED_READ = {97, 105, 121, 134};
    /** Uncached 32-byte line write to DDR3 (MC0 779, MC2 843, MC1 972, MC3 1069) [BF-TN]. */
    private static final int[] DRAM_UNCACHED_LINE_WRITE = {779, 843, 972, 1069};
    /** MPBT (write-combined) 32-byte line write to DDR3 (MC0 122, MC2 134, MC1 146, MC3 158) [BF-TN]. */
    private static final int[] DRAM_MPBT_LINE_WRITE = {122, 134, 146, 158};

    /** IPI (INTR via GLCFG) delivery plus trap, extrapolated by the authors [BF-TN]. */
    public static final int IPI_DELIVERY_AND_TRAP = 612;
    /** A full notify ping-pong round trip [BF-TN]. */
    public static final int IPI_ROUND_TRIP = 8746;

    /**
     * Mesh cycles per hop one way: the tables grow by ~5.3-6 core cycles per hop = 8 mesh cycles
     * round trip at 800 MHz (facts A.4, derived by the facts' author from [BF-TN]; [lit] gives a
     * 4-stage router). For drawing packets, not for charging.
     */
    public static final int MESH_CYCLES_PER_HOP = 4;

    /** DWORDs in a 32-byte cache line [HPI SCC_CLINE_SIZE][RCCE]. */
    public static final int DWORDS_PER_LINE = 8;

    private MeshLatency() {
    }

    /** Cycles to read one DWORD from an MPB {@code dx} columns and {@code dy} rows away. */
    public static int mpbRead(int dx, int dy) {
        return MPB_DWORD_READ[Math.abs(dy)][Math.abs(dx)];
    }

    /** Cycles to write a full 32-byte line to an MPB {@code dx} columns and {@code dy} rows away. */
    public static int mpbLineWrite(int dx, int dy) {
        return MPB_LINE_WRITE[Math.abs(dy)][Math.abs(dx)];
    }

    /** Uncached DWORD read from DRAM behind a controller {@code hops} away. */
    public static int dramRead(int hops) {
        return interpolate(DRAM_UNCACHED_READ, hops);
    }

    /** Uncached 32-byte line write to DRAM behind a controller {@code hops} away. */
    public static int dramLineWrite(int hops) {
        return interpolate(DRAM_UNCACHED_LINE_WRITE, hops);
    }

    /** Write-combined (MPBT) 32-byte line write to DRAM behind a controller {@code hops} away. */
    public static int dramMpbtLineWrite(int hops) {
        return interpolate(DRAM_MPBT_LINE_WRITE, hops);
    }

    /**
     * The share of a line's cost charged to the DWORD at position {@code dwordInLine} (0..7) of a
     * 32-byte line: {@code floor((p+1)T/8) - floor(pT/8)}. The eight shares of one line add up to
     * exactly the measured line cost T, without the model having to remember which lines a core
     * has been writing.
     */
    public static int dwordShareOfLine(int lineCycles, int dwordInLine) {
        if (dwordInLine < 0 || dwordInLine >= DWORDS_PER_LINE) {
            throw new IllegalArgumentException("DWORD position in a line must be 0..7, was " + dwordInLine);
        }
        return (dwordInLine + 1) * lineCycles / DWORDS_PER_LINE - dwordInLine * lineCycles / DWORDS_PER_LINE;
    }

    /** The hop counts at which the DRAM figures were measured: 0, 2, 5, 7. */
    public static int[] dramMeasuredHops() {
        return DRAM_MEASURED_HOPS.clone();
    }

    /** Linear interpolation over {@link #DRAM_MEASURED_HOPS}, rounded half up. */
    static int interpolate(int[] measured, int hops) {
        if (hops < 0) {
            throw new IllegalArgumentException("hop count must not be negative, was " + hops);
        }
        int[] at = DRAM_MEASURED_HOPS;
        int segment = 0;
        while (segment < at.length - 2 && hops > at[segment + 1]) {
            segment++;
        }
        int h0 = at[segment];
        int h1 = at[segment + 1];
        int v0 = measured[segment];
        int v1 = measured[segment + 1];
        // value = v0 + (v1 - v0)(h - h0)/(h1 - h0), rounded half up in integer arithmetic.
        int numerator = 2 * (v0 * (h1 - h0) + (v1 - v0) * (hops - h0)) + (h1 - h0);
        return Math.floorDiv(numerator, 2 * (h1 - h0));
    }
}
