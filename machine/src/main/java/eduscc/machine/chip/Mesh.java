package eduscc.machine.chip;

import java.util.ArrayList;
import java.util.List;

/**
 * The 2-D mesh that joins the 24 tiles (facts A.1).
 *
 * <p>Packets are routed dimension-ordered, first along X to the destination column, then along Y
 * [lit, not verified; consistent with the measured per-hop cost of A.4]. A fixed order means two
 * packets between the same tiles always take the same path, so the model needs no routing state:
 * the path, and with it the hop count the latency tables are keyed by, follows from the two ends.
 */
public final class Mesh {

    /** Tiles per row, x = 0..5 [INTEL-cfg NUM_COLS][sccKit]. */
    public static final int COLUMNS = 6;
    /** Rows, y = 0..3 [INTEL-cfg NUM_ROWS][sccKit]. */
    public static final int ROWS = 4;

    private Mesh() {
    }

    /** Manhattan distance in router hops; 0 for a tile talking to itself. */
    public static int hops(TileId from, TileId to) {
        return Math.abs(to.x() - from.x()) + Math.abs(to.y() - from.y());
    }

    /**
     * The tiles a packet visits from {@code from} to {@code to} under X-then-Y routing, both ends
     * included; a single element when the two are equal.
     */
    public static List<TileId> route(TileId from, TileId to) {
        List<TileId> path = new ArrayList<>(hops(from, to) + 1);
        int x = from.x();
        int y = from.y();
        path.add(from);
        int stepX = Integer.signum(to.x() - x);
        while (x != to.x()) {
            x += stepX;
            path.add(new TileId(x, y));
        }
        int stepY = Integer.signum(to.y() - y);
        while (y != to.y()) {
            y += stepY;
            path.add(new TileId(x, y));
        }
        return List.copyOf(path);
    }
}
