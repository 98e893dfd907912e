package eduscc.machine.chip;

/**
 * Where the system interface (SIF) to the board FPGA attaches to the mesh (facts A.1).
 *
 * <p>Everything off-chip except DRAM, in particular the FPGA's global register bank with the
 * interrupt controller, atomic counters and the global timestamp (A.7), is reached by sending a
 * packet to this tile's south port.
 */
public final class SystemInterface {

    /** Tile (3,0), route 0x03 [sccKit SIFROUTE 0x03]. */
    public static final TileId TILE = new TileId(3, 0);
    /** South port [sccKit SIFDESTID PERIS]. */
    public static final SubDestination PORT = SubDestination.PERIS;

    private SystemInterface() {
    }

    /** True when {@code tile}/{@code port} is the SIF's attachment point. */
    public static boolean isAt(TileId tile, SubDestination port) {
        return TILE.equals(tile) && PORT == port;
    }
}
