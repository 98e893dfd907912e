package eduscc.kernel.arch;

/**
 * Where the SCC's own registers appear in a core's physical address space under the default LUT
 * map (facts A.5, A.6): the kernel reaches them with ordinary loads and stores.
 */
public final class SccAddresses {
    /** This core's own tile's configuration register bank (LUT entry 0xF8). */
    public static final int CRB_OWN = 0xF8000000;
    /** MYTILEID: y in bits 10:7, x in bits 6:3, the core in its tile in bits 2:0. */
    public static final int MYTILEID = 0x100;
    /** This core's own tile's message-passing buffer (LUT entry 0xD8). */
    public static final int MPB_OWN = 0xD8000000;

    private SccAddresses() {
    }

    /** The processor id the way RCCE computes it: pid = 12y + 2x + z. */
    public static int pidFromTileId(int myTileId) {
        int z = myTileId & 0x7;
        int x = (myTileId >>> 3) & 0xF;
        int y = (myTileId >>> 7) & 0xF;
        return 12 * y + 2 * x + z;
    }
}
