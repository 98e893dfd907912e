package eduscc.machine.chip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tile of the SCC's 6 x 4 mesh (facts A.1, "Topology and identifiers").
 *
 * <p>A tile has two names on the chip. The <em>route byte</em> {@code (y<<4)|x} is what routers,
 * LUT entries and mesh packets carry; the <em>tile index</em> {@code 6y+x} is what software uses to
 * number MPBs and CRBs ({@code MPB_ADDR}, {@code CRB_ADDR}) and to derive core ids.
 *
 * @param x column, 0..5 (west to east)
 * @param y row, 0..3
 */
public record TileId(int x, int y) {

    private static final List<TileId> ALL;

    static {
        List<TileId> tiles = new ArrayList<>(Mesh.COLUMNS * Mesh.ROWS);
        for (int y = 0; y < Mesh.ROWS; y++) {
            for (int x = 0; x < Mesh.COLUMNS; x++) {
                tiles.add(new TileId(x, y));
            }
        }
        ALL = Collections.unmodifiableList(tiles);
    }

    public TileId {
        if (x < 0 || x >= Mesh.COLUMNS) {
            throw new IllegalArgumentException("tile x must be 0.." + (Mesh.COLUMNS - 1) + ", was " + x);
        }
        if (y < 0 || y >= Mesh.ROWS) {
            throw new IllegalArgumentException("tile y must be 0.." + (Mesh.ROWS - 1) + ", was " + y);
        }
    }

    /** The route byte {@code TID(x,y) = (y<<4)+x}, 0x00..0x35 [sccKit][INTEL-cfg]. */
    public int route() {
        return (y << 4) | x;
    }

    /** The tile index {@code 6y+x}, 0..23, used for MPB and CRB numbering [INTEL-cfg]. */
    public int index() {
        return Mesh.COLUMNS * y + x;
    }

    /** The tile with the given index 0..23. */
    public static TileId ofIndex(int index) {
        if (index < 0 || index >= Mesh.COLUMNS * Mesh.ROWS) {
            throw new IllegalArgumentException("tile index must be 0..23, was " + index);
        }
        return ALL.get(index);
    }

    /**
     * The tile with the given route byte. Only 0x00..0x05, 0x10..0x15, 0x20..0x25 and
     * 0x30..0x35 name a tile.
     */
    public static TileId ofRoute(int route) {
        int x = route & 0xF;
        int y = (route >> 4) & 0xF;
        if ((route & ~0xFF) != 0 || x >= Mesh.COLUMNS || y >= Mesh.ROWS) {
            throw new IllegalArgumentException(
                    String.format("route 0x%02x names no tile (valid: 0xY0..0xY5 for Y 0..3)", route));
        }
        return ALL.get(Mesh.COLUMNS * y + x);
    }

    /** All 24 tiles in index order. */
    public static List<TileId> all() {
        return ALL;
    }

    @Override
    public String toString() {
        return "(" + x + "," + y + ")";
    }
}
