package eduscc.machine.chip;

/**
 * The 3-bit mesh sub-destination that selects what behind a router a packet is for (facts A.1):
 * one of the tile's two cores, its configuration register bank, its message-passing buffer, or
 * one of the four peripheral ports on the mesh edge [sccKit][HPI][BF-dev].
 */
public enum SubDestination {
    /** Core 0 of the tile, also the router itself (RTG) [sccKit]. */
    CORE0(0),
    CORE1(1),
    /** Configuration register bank (A.6). */
    CRB(2),
    /** Message-passing buffer (A.3). */
    MPB(3),
    /** East peripheral port: memory controllers MC1 and MC3. */
    PERIE(4),
    /** South peripheral port: the system interface at (3,0). */
    PERIS(5),
    /** West peripheral port: memory controllers MC0 and MC2. */
    PERIW(6),
    PERIN(7);

    private static final SubDestination[] BY_CODE = values();

    private final int code;

    SubDestination(int code) {
        this.code = code;
    }

    /** The 3-bit code carried in LUT entries (bits 12:10) and packets. */
    public int code() {
        return code;
    }

    public static SubDestination ofCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("sub-destination code must be 0..7, was " + code);
        }
        return BY_CODE[code];
    }
}
