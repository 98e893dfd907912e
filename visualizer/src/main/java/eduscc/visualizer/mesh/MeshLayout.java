package eduscc.visualizer.mesh;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.Mesh;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.chip.TileId;

/**
 * Where everything of the 6 x 4 mesh goes on a panel of a given size, in pixels, free of JavaFX
 * so that hit tests and scaling are tested without a window.
 *
 * <p>Tiles sit at their real positions with x growing east (right) and y growing north (up):
 * tile (0,0) is bottom left, as the SCC diagrams draw it, so the system interface on the south
 * port of (3,0) hangs below the chip and the memory controllers sit on the west and east edges of
 * rows 0 and 2 (facts A.1). Each tile is drawn as an L-shaped channel, with its router in the
 * corner, links running west-east along the bottom and south-north along the left, and its two
 * cores stacked in the remaining rectangle, core z=0 on top. Fonts grow with the tiles, so the
 * boxes stay readable on a projector, and with the UI scale (Ctrl +): the header, axis and device
 * labels take the scale's size and the margins grow to hold them; the core boxes' text grows as
 * far as their box allows, so all 48 stay readable side by side.
 */
public final class MeshLayout {
    /** A rectangle on the panel. */
    public record Box(double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }
    }

    /** A point on the panel. */
    public record Point(double x, double y) { }

    private static final double MARGIN_X = 0.085;
    private static final double MARGIN_TOP = 0.11;
    private static final double MARGIN_BOTTOM = 0.11;
    /** The header and axis labels' font at 100 %: about the size of the UI's own text. */
    public static final double LABEL_FONT = 12;

    private final double width;
    private final double height;
    private final double gridX;
    private final double gridY;
    private final double tileW;
    private final double tileH;
    private final double channel;
    private final double coreH;
    private final double marginBottom;
    private final double fontSize;
    private final double labelFont;

    /** The layout at 100 % UI scale. */
    public MeshLayout(double width, double height) {
        this(width, height, 1.0);
    }

    /**
     * @param scale the UI scale (1.0 = 100 %, 2.5 for a projector), as Ctrl + sets it; the labels
     *              are {@value #LABEL_FONT} px times this
     */
    public MeshLayout(double width, double height, double scale) {
        this.width = Math.max(width, 1);
        this.height = Math.max(height, 1);
        double wanted = LABEL_FONT * Math.max(scale, 0.5);
        // The labels may take at most a fifth of the panel's height for header and axis, and a
        // fifteenth of its width for the y axis on each side, so that a large scale in a small
        // panel still leaves the tiles (and their text) room.
        labelFont = Math.max(7, Math.min(wanted, Math.min(this.height * 0.2 / 3.2, this.width / 30)));
        gridX = Math.max(this.width * MARGIN_X, labelFont * 2.6);
        gridY = Math.max(this.height * MARGIN_TOP, labelFont * 3.2);
        marginBottom = Math.max(this.height * MARGIN_BOTTOM, labelFont * 3.2);
        tileW = (this.width - 2 * gridX) / Mesh.COLUMNS;
        tileH = (this.height - gridY - marginBottom) / Mesh.ROWS;
        channel = clamp(0.16 * Math.min(tileW, tileH), 6, 40);
        coreH = (tileH - channel - 3 * gap()) / 2;
        fontSize = clamp(Math.min(coreH / 2.6, coreW() / 8.5), 7, 36 * Math.max(scale, 1));
    }


    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private double gap() {
        return Math.max(2, 0.04 * tileH);
    }

    private double coreW() {
        return tileW - channel - 2 * gap();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The font size of the core boxes; labels and the header use fractions of it. */
    public double fontSize() {
        return fontSize;
    }

    /** The font size of the header, the axes and the devices: the UI scale's, unlike the boxes' never cut by the panel. */
    public double labelFont() {
        return labelFont;
    }

    /** The width of the router channel, which also sizes the routers, links and packet dots. */
    public double channel() {
        return channel;
    }

    /** The whole tile, channel included. Row y is drawn {@code ROWS-1-y} rows from the top. */
    public Box tile(TileId tile) {
        return new Box(gridX + tile.x() * tileW, gridY + (Mesh.ROWS - 1 - tile.y()) * tileH, tileW, tileH);
    }

    /** The router's centre: the corner of the tile's channel. */
    public Point router(TileId tile) {
        Box t = tile(tile);
        return new Point(t.x() + channel / 2, t.y() + t.h() - channel / 2);
    }

    /** A core's box: z=0 on top, z=1 below it, right of the tile's south-north channel. */
    public Box core(int pid) {
        CoreId core = CoreId.of(pid);
        Box t = tile(core.tile());
        double y = t.y() + gap() + core.z() * (coreH + gap());
        return new Box(t.x() + channel + gap(), y, coreW(), coreH);
    }

    /** The pid of the core box under a point, or -1 if the point is on no core. */
    public int coreAt(double x, double y) {
        for (int pid = 0; pid < CoreId.COUNT; pid++) {
            if (core(pid).contains(x, y)) {
                return pid;
            }
        }
        return -1;
    }

    /** A memory controller's box in the west or east margin, level with its tile's router. */
    public Box memoryController(MemoryController mc) {
        double marginW = gridX * 0.7;
        double h = Math.min(tileH * 0.45, 2.6 * Math.max(fontSize, labelFont));
        Point r = router(mc.tile());
        boolean west = mc.tile().x() == 0;
        double x = west ? gridX * 0.15 : width - gridX * 0.15 - marginW;
        return new Box(x, r.y() - h / 2, marginW, h);
    }

    /** The system interface's box below the south port of tile (3,0). */
    public Box systemInterface() {
        Point r = router(SystemInterface.TILE);
        double marginH = marginBottom;
        double w = Math.max(tileW * 0.6, 5 * labelFont);
        return new Box(r.x() - w / 2, gridY + Mesh.ROWS * tileH + marginH * 0.3, w, marginH * 0.55);
    }

    /** Where the link from a router meets a memory controller's box. */
    public Point port(MemoryController mc) {
        Box b = memoryController(mc);
        return new Point(mc.tile().x() == 0 ? b.x() + b.w() : b.x(), b.centerY());
    }

    /** Where the south link of tile (3,0) meets the system interface's box. */
    public Point sifPort() {
        Box b = systemInterface();
        return new Point(b.centerX(), b.y());
    }

    /** Baseline of the header line (caption and legend). */
    public double headerBaseline() {
        return Math.max(gridY * 0.38, labelFont * 0.8);
    }

    /** Where the x axis number of a column is drawn: above the column, centred on its cores. */
    public Point columnLabel(int x) {
        Box t = tile(new TileId(x, Mesh.ROWS - 1));
        return new Point(t.x() + channel + (t.w() - channel) / 2, gridY - labelFont * 0.9);
    }

    /**
     * Where the y axis number of a row is drawn: left of the grid, in the upper part of the row,
     * clear of the memory controllers, which sit level with the routers at the rows' bottom.
     */
    public Point rowLabel(int y) {
        Box t = tile(new TileId(0, y));
        return new Point(gridX * 0.5, t.y() + Math.max(t.h() * 0.4, labelFont * 0.6));
    }
}
