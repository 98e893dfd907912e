package eduscc.machine.chip;

/**
 * The four DDR3 memory controllers on the mesh edge and which cores they serve (facts A.1).
 *
 * <p>Each controller hangs off a peripheral port of a corner-column tile. By default a core uses
 * the controller of its chip quadrant for its private memory, so each controller serves 12 cores
 * (6 tiles x 2) [sccKit MCHTID_XY/MCHPORT_XY][BF-rck dests[]][BF barrelfish48.mt].
 */
public enum MemoryController {
    /** Tile (0,0), route 0x00, west port [sccKit][BF-rck]. */
    MC0(new TileId(0, 0), SubDestination.PERIW),
    /** Tile (5,0), route 0x05, east port [sccKit][BF-rck]. */
    MC1(new TileId(5, 0), SubDestination.PERIE),
    /** Tile (0,2), route 0x20, west port [sccKit][BF-rck]. */
    MC2(new TileId(0, 2), SubDestination.PERIW),
    /** Tile (5,2), route 0x25, east port [sccKit][BF-rck]. */
    MC3(new TileId(5, 2), SubDestination.PERIE);

    /** Cores served by each controller: 6 tiles x 2 [sccKit][BF-rck]. */
    public static final int CORES_PER_CONTROLLER = 12;

    /** The quadrant split: columns 0..2 west, 3..5 east; rows 0..1 lower, 2..3 upper [sccKit]. */
    private static final int EAST_FIRST_COLUMN = 3;
    private static final int UPPER_FIRST_ROW = 2;

    /** {@code values()} copies its array on every call; lookups use this one copy. */
    private static final MemoryController[] ALL = values();

    private final TileId tile;
    private final SubDestination port;

    MemoryController(TileId tile, SubDestination port) {
        this.tile = tile;
        this.port = port;
    }

    /** The tile whose router the controller is attached to. */
    public TileId tile() {
        return tile;
    }

    /** The peripheral port (sub-destination) of that router. */
    public SubDestination port() {
        return port;
    }

    /** The controller attached at {@code tile}'s {@code port}, or null if none is. */
    public static MemoryController at(TileId tile, SubDestination port) {
        for (MemoryController mc : ALL) {
            if (mc.port == port && mc.tile.equals(tile)) {
                return mc;
            }
        }
        return null;
    }

    /** The controller that holds the private memory of the cores on {@code tile} (quadrant rule). */
    public static MemoryController serving(TileId tile) {
        boolean east = tile.x() >= EAST_FIRST_COLUMN;
        boolean upper = tile.y() >= UPPER_FIRST_ROW;
        if (upper) {
            return east ? MC3 : MC2;
        }
        return east ? MC1 : MC0;
    }

    /** Shorthand for {@code serving(core.tile())}. */
    public static MemoryController serving(CoreId core) {
        return serving(core.tile());
    }

    /**
     * The position 0..11 of {@code core} among this controller's cores in pid order. sccMerge
     * gives the k-th core the k-th block of private slots (facts A.5, "Private memory split").
     *
     * <p>Within a quadrant pid order is row, then column, then z, so the position is computed from
     * the core's coordinates relative to the quadrant's corner.
     *
     * @throws IllegalArgumentException if this controller does not serve {@code core}
     */
    public int coreSlot(CoreId core) {
        if (serving(core) != this) {
            throw new IllegalArgumentException(core + " on tile " + core.tile() + " is served by "
                    + serving(core) + ", not " + this);
        }
        int localX = core.x() % EAST_FIRST_COLUMN;
        int localY = core.y() % UPPER_FIRST_ROW;
        return (localY * EAST_FIRST_COLUMN + localX) * CoreId.CORES_PER_TILE + core.z();
    }
}
