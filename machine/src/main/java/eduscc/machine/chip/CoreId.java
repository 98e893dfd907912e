package eduscc.machine.chip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One of the 48 P54C cores, named by its processor id (facts A.1).
 *
 * <p>The pid packs the tile and the core-in-tile: {@code pid = 12y + 2x + z = tileIndex*2 + z}
 * [INTEL-cfg][sccKit][HPI]. RCCE's {@code MYCOREID()} and the GIC's per-core register arrays
 * (A.7) are indexed by it.
 *
 * @param pid 0..47
 */
public record CoreId(int pid) {

    /** Cores per tile [INTEL-cfg NUM_CORES]. */
    public static final int CORES_PER_TILE = 2;
    /** Cores on the chip [INTEL-cfg]. */
    public static final int COUNT = Mesh.COLUMNS * Mesh.ROWS * CORES_PER_TILE;

    private static final List<CoreId> ALL;

    static {
        List<CoreId> cores = new ArrayList<>(COUNT);
        for (int pid = 0; pid < COUNT; pid++) {
            cores.add(new CoreId(pid));
        }
        ALL = Collections.unmodifiableList(cores);
    }

    public CoreId {
        if (pid < 0 || pid >= COUNT) {
            throw new IllegalArgumentException("core pid must be 0.." + (COUNT - 1) + ", was " + pid);
        }
    }

    /** Column of this core's tile: {@code (pid/2)%6}. */
    public int x() {
        return (pid / CORES_PER_TILE) % Mesh.COLUMNS;
    }

    /** Row of this core's tile: {@code (pid/2)/6}. */
    public int y() {
        return (pid / CORES_PER_TILE) / Mesh.COLUMNS;
    }

    /** Core within its tile, 0 or 1: {@code pid%2}. Also the requester sub-id on the mesh. */
    public int z() {
        return pid % CORES_PER_TILE;
    }

    public TileId tile() {
        return TileId.ofIndex(pid / CORES_PER_TILE);
    }

    public static CoreId of(int x, int y, int z) {
        return of(new TileId(x, y), z);
    }

    public static CoreId of(TileId tile, int z) {
        if (z < 0 || z >= CORES_PER_TILE) {
            throw new IllegalArgumentException("core-in-tile z must be 0 or 1, was " + z);
        }
        return ALL.get(tile.index() * CORES_PER_TILE + z);
    }

    /** The core with the given pid (same as the constructor, without allocating). */
    public static CoreId of(int pid) {
        if (pid < 0 || pid >= COUNT) {
            throw new IllegalArgumentException("core pid must be 0.." + (COUNT - 1) + ", was " + pid);
        }
        return ALL.get(pid);
    }

    /** All 48 cores in pid order. */
    public static List<CoreId> all() {
        return ALL;
    }

    /**
     * The value this core reads from MYTILEID in its own tile's CRB: bits 2:0 z, 6:3 x,
     * 10:7 y [HPI][BF-rck]. (Intel's config.h swaps the x/y labels; every source's code uses
     * this layout, facts A.1.)
     */
    public int myTileId() {
        return myTileId(tile(), z());
    }

    /** The MYTILEID layout for an arbitrary tile and sub-id. */
    public static int myTileId(TileId tile, int z) {
        return (tile.y() << 7) | (tile.x() << 3) | (z & 0x7);
    }

    @Override
    public String toString() {
        return "core " + pid;
    }
}
