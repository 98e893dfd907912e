package eduscc.machine.time;

/**
 * The common unit of global time and the SCC's clocks expressed in it (facts A.2).
 *
 * <p>Every core counts cycles of its own tile clock, the mesh has its own clock and the FPGA's
 * timestamp counter a third; the engine orders all of them on one integer time line. The unit
 * is <b>1/16 ns</b> because then every SCC clock period is a whole number of units: the tile
 * clocks are 1600 MHz/(n+1) [BareMichael], i.e. periods of (n+1) x 0.625 ns = (n+1) x 10 units,
 * so 533 MHz (n=2) is 30 units, 800 MHz (mesh) is 20 units, 100 MHz is 160 units, and the
 * 125 MHz timestamp period of 8 ns is 128 units. A 64-bit count of 1/16 ns lasts 36 years of
 * simulated time.
 */
public final class Clocks {

    /** Global time units per nanosecond. */
    public static final int UNITS_PER_NS = 16;
    /** One period of the 1600 MHz base clock the tile dividers divide [BareMichael]. */
    public static final long BASE_1600_UNITS = 10;
    /** One mesh cycle at the standard 800 MHz mesh (Tile533_Mesh800_DDR800) [sccKit sccBmc]. */
    public static final long MESH_800_UNITS = 20;
    /** One tick of the FPGA global timestamp counter at 125 MHz [BareMichael][HPI]. */
    public static final long TIMESTAMP_125MHZ_UNITS = 128;
    /** One cycle of the standard 533 MHz tile clock [sccKit sccBmc]. */
    public static final long TILE_533_UNITS = 30;

    private static final long UNITS_PER_MICROSECOND = 1000L * UNITS_PER_NS;

    private Clocks() {
    }

    /**
     * Global time units per cycle of a clock named by its MHz figure.
     *
     * <p>Accepts any frequency whose period is a whole number of units (1600, 800, 400, 125, ...)
     * and the rounded names sccKit gives the tile frequencies whose period is not a whole
     * nanosecond fraction of 1000 (533, 266, 228, 178, 145, 133, 123, 114, 106; see
     * {@link Frequency}).
     *
     * @throws IllegalArgumentException for a frequency that is neither
     */
    public static long unitsPerCycle(int mhz) {
        if (mhz <= 0) {
            throw new IllegalArgumentException("clock frequency must be positive, was " + mhz + " MHz");
        }
        Frequency named = Frequency.named(mhz);
        if (named != null) {
            return named.unitsPerCycle();
        }
        if (UNITS_PER_MICROSECOND % mhz == 0) {
            return UNITS_PER_MICROSECOND / mhz;
        }
        throw new IllegalArgumentException(mhz + " MHz is not an SCC clock: its period is not a whole number"
                + " of 1/16 ns");
    }

    /** Converts nanoseconds to global time units. */
    public static long nsToUnits(long ns) {
        return ns * UNITS_PER_NS;
    }
}
