package eduscc.machine.time;

/**
 * A tile clock setting: the GCBCFG divider field and what it means (facts A.2).
 *
 * <p>The tile clock is {@code 1600 MHz/(n+1)} for divider n in GCBCFG bits 11:8; the clock ratio
 * field in bits 25:19 must hold {@code 7(n+1)} for it [BareMichael TFS_* constants, decoding by the
 * facts' author]. sccKit names the frequencies by rounded MHz figures, which this record keeps
 * so that {@code 533} means the same clock everywhere in the kit.
 *
 * @param divider n, 1..15 (the facts list no tile frequency for n = 0)
 */
public record Frequency(int divider) {

    /** sccKit's names for n = 1..15 [BareMichael]; not all are rounded the same way (178, 106). */
    private static final int[] NOMINAL_MHZ = {
        800, 533, 400, 320, 266, 228, 200, 178, 160, 145, 133, 123, 114, 106, 100,
    };
    private static final int GCBCFG_DIVIDER_SHIFT = 8; // bits 11:8 [BF-dev][BareMichael]
    private static final int GCBCFG_DIVIDER_MASK = 0xF;
    private static final int RATIO_PER_DIVIDER_STEP = 7; // bits 25:19 = 7(n+1) [BareMichael]

    /**
     * The standard Tile533_Mesh800_DDR800 tile clock: divider 2 [sccKit sccBmc]. Declared after
     * the name table because the constructor reads it.
     */
    public static final Frequency TILE_533 = new Frequency(2);

    public Frequency {
        if (divider < 1 || divider > NOMINAL_MHZ.length) {
            throw new IllegalArgumentException("tile clock divider must be 1..15, was " + divider);
        }
    }

    /** The divider field of a GCBCFG value. */
    public static Frequency ofGcbcfg(int gcbcfg) {
        return new Frequency((gcbcfg >>> GCBCFG_DIVIDER_SHIFT) & GCBCFG_DIVIDER_MASK);
    }

    /**
     * The setting sccKit calls {@code mhz} MHz.
     *
     * @throws IllegalArgumentException if no divider gives that name
     */
    public static Frequency ofMhz(int mhz) {
        Frequency f = named(mhz);
        if (f == null) {
            throw new IllegalArgumentException(mhz + " MHz is not a tile frequency (1600/(n+1) MHz, n = 1..15)");
        }
        return f;
    }

    static Frequency named(int mhz) {
        for (int i = 0; i < NOMINAL_MHZ.length; i++) {
            if (NOMINAL_MHZ[i] == mhz) {
                return new Frequency(i + 1);
            }
        }
        return null;
    }

    /** The sccKit name of this frequency in MHz. */
    public int mhz() {
        return NOMINAL_MHZ[divider - 1];
    }

    /** One tile cycle in global time units: (n+1) periods of the 1600 MHz base. */
    public long unitsPerCycle() {
        return Clocks.BASE_1600_UNITS * (divider + 1);
    }

    /** The value GCBCFG bits 25:19 must hold for this frequency: 7(n+1), e.g. 21 for 533 MHz. */
    public int tileRatio() {
        return RATIO_PER_DIVIDER_STEP * (divider + 1);
    }

    @Override
    public String toString() {
        return mhz() + " MHz";
    }
}
