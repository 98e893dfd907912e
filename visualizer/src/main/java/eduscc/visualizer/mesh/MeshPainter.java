package eduscc.visualizer.mesh;

import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.Mesh;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.chip.TileId;
import eduscc.visualizer.mesh.MeshLayout.Box;
import eduscc.visualizer.mesh.MeshLayout.Point;
import eduscc.visualizer.mesh.PacketAnimation.Flight;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the mesh on a canvas: the header, the axes, the tiles with their routers and
 * links, the trails of the links the shown step's packets used ({@link TrafficTrails}), the memory
 * controllers and the system interface on the edges, the core boxes and the packets in flight.
 * It only draws what the view model and the layout say; it decides nothing.
 */
final class MeshPainter {
    private static final String LEGEND = "\u25CF mesh packet    \u25C6 inter-core interrupt: sender \u2192 SIF \u2192 receiver"
        + "    y \u2191 north, x \u2192 east";

    private MeshPainter() {
    }

    static void paint(GraphicsContext g, MeshLayout layout, MeshViewModel model, List<Flight> flights) {
        g.setFill(MeshPalette.BACKGROUND);
        g.fillRect(0, 0, layout.width(), layout.height());
        paintHeaderAndAxes(g, layout, model);
        for (TileId tile : TileId.all()) {
            Box t = layout.tile(tile);
            g.setFill(MeshPalette.TILE);
            g.fillRect(t.x(), t.y(), t.w(), t.h());
            g.setStroke(MeshPalette.TILE_BORDER);
            g.setLineWidth(1);
            g.strokeRect(t.x(), t.y(), t.w(), t.h());
        }
        paintLinks(g, layout);
        paintTrails(g, layout, model.packets());
        paintDevices(g, layout);
        paintInterruptArrows(g, layout, model.packets());
        double side = layout.channel() * 0.62;
        g.setFill(MeshPalette.ROUTER);
        for (TileId tile : TileId.all()) {
            Point r = layout.router(tile);
            g.fillRect(r.x() - side / 2, r.y() - side / 2, side, side);
        }
        for (CoreBox core : model.cores()) {
            paintCore(g, layout, core, model.isSelected(core.pid()));
        }
        for (Flight flight : flights) {
            paintFlight(g, layout, flight);
        }
    }

    private static void paintHeaderAndAxes(GraphicsContext g, MeshLayout layout, MeshViewModel model) {
        double f = layout.labelFont();
        g.setFill(MeshPalette.TEXT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font("System", FontWeight.BOLD, f));
        g.setTextAlign(TextAlignment.LEFT);
        // The caption gets the room it needs; the legend takes what is left, in a smaller font
        // if it must (never squeezed), and gives way altogether when even 7 px would not fit.
        String caption = "SCC mesh: " + model.caption();
        double captionWidth = Math.min(BoxText.width(caption, true) * f / 10, layout.width() - 2 * f);
        g.fillText(caption, f, layout.headerBaseline(), layout.width() - 2 * f);
        double room = layout.width() - captionWidth - 4 * f;
        double legendFont = Math.min(f, room / (BoxText.width(LEGEND, false) / 10));
        if (legendFont >= BoxText.SMALLEST) {
            g.setFont(Font.font("System", FontWeight.NORMAL, legendFont));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(LEGEND, layout.width() - f, layout.headerBaseline());
        }
        g.setFont(Font.font("System", FontWeight.NORMAL, f));
        g.setTextAlign(TextAlignment.CENTER);
        for (int x = 0; x < Mesh.COLUMNS; x++) {
            Point p = layout.columnLabel(x);
            g.fillText("x=" + x, p.x(), p.y());
        }
        for (int y = 0; y < Mesh.ROWS; y++) {
            Point p = layout.rowLabel(y);
            g.fillText("y=" + y, p.x(), p.y());
        }
    }

    private static void paintLinks(GraphicsContext g, MeshLayout layout) {
        g.setStroke(MeshPalette.LINK);
        g.setLineWidth(Math.max(2, layout.channel() * 0.16));
        for (TileId tile : TileId.all()) {
            Point r = layout.router(tile);
            if (tile.x() + 1 < Mesh.COLUMNS) {
                Point east = layout.router(new TileId(tile.x() + 1, tile.y()));
                g.strokeLine(r.x(), r.y(), east.x(), east.y());
            }
            if (tile.y() + 1 < Mesh.ROWS) {
                Point north = layout.router(new TileId(tile.x(), tile.y() + 1));
                g.strokeLine(r.x(), r.y(), north.x(), north.y());
            }
        }
        for (MemoryController mc : MemoryController.values()) {
            Point r = layout.router(mc.tile());
            Point port = layout.port(mc);
            g.strokeLine(r.x(), r.y(), port.x(), port.y());
        }
        Point sif = layout.router(SystemInterface.TILE);
        g.strokeLine(sif.x(), sif.y(), layout.sifPort().x(), layout.sifPort().y());
    }

    /** The links this snapshot's packets used, heavier the more packets crossed them. */
    private static void paintTrails(GraphicsContext g, MeshLayout layout, List<PacketTrail> packets) {
        double base = Math.max(2, layout.channel() * 0.14);
        for (TrafficTrails.Leg leg : TrafficTrails.of(layout, packets)) {
            // One packet already shows; forty-eight on one link (a whole chip's boot) show heaviest.
            double weight = Math.min(1, Math.log1p(leg.packets()) / Math.log1p(48));
            g.setGlobalAlpha(0.55 + 0.35 * weight);
            g.setStroke(MeshPalette.packet(leg.kind()));
            g.setLineWidth(base * (1 + 1.5 * weight));
            g.strokeLine(leg.a().x(), leg.a().y(), leg.b().x(), leg.b().y());
        }
        g.setGlobalAlpha(1);
    }

    /**
     * Arrowheads on each interrupt's trail, so a still picture says who interrupted whom: one as it
     * leaves the sender's box, one into the system interface (the GIC in the FPGA) and one into
     * the receiver's box.
     */
    private static void paintInterruptArrows(GraphicsContext g, MeshLayout layout, List<PacketTrail> packets) {
        double size = Math.max(6, layout.channel() * 0.45);
        g.setFill(MeshPalette.packet(PacketTrail.Kind.IPI));
        g.setStroke(Color.BLACK);
        g.setLineWidth(1);
        for (PacketTrail p : packets) {
            if (p.kind() != PacketTrail.Kind.IPI) {
                continue;
            }
            List<Point> path = PacketAnimation.path(layout, p);
            for (int i = 0; i + 1 < path.size(); i++) {
                Point a = path.get(i);
                Point b = path.get(i + 1);
                boolean first = i == 0 && p.start() == PacketTrail.Endpoint.CORE;
                if (first) {
                    arrowHead(g, a, b, new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2), size);
                }
                if (b.equals(layout.sifPort()) || i + 2 == path.size()) {
                    arrowHead(g, a, b, b, size);
                }
            }
        }
    }

    /** A filled triangle pointing from {@code a} towards {@code b}, its tip at {@code tip}. */
    private static void arrowHead(GraphicsContext g, Point a, Point b, Point tip, double size) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double baseX = tip.x() - ux * size;
        double baseY = tip.y() - uy * size;
        double[] xs = {tip.x(), baseX - uy * size * 0.55, baseX + uy * size * 0.55};
        double[] ys = {tip.y(), baseY + ux * size * 0.55, baseY - ux * size * 0.55};
        g.fillPolygon(xs, ys, 3);
        g.strokePolygon(xs, ys, 3);
    }

    private static void paintDevices(GraphicsContext g, MeshLayout layout) {
        for (MemoryController mc : MemoryController.values()) {
            paintDevice(g, layout, layout.memoryController(mc), mc.name(), "DDR3");
        }
        paintDevice(g, layout, layout.systemInterface(), "SIF", "FPGA, host");
    }

    private static void paintDevice(GraphicsContext g, MeshLayout layout, Box b, String name, String what) {
        double f = Math.min(Math.max(layout.fontSize() * 0.8, layout.labelFont() * 0.9), b.h() / 2.4);
        g.setFill(MeshPalette.DEVICE);
        g.fillRect(b.x(), b.y(), b.w(), b.h());
        g.setStroke(MeshPalette.DEVICE_BORDER);
        g.setLineWidth(2);
        g.strokeRect(b.x(), b.y(), b.w(), b.h());
        g.setFill(MeshPalette.TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font("System", FontWeight.BOLD, f));
        g.fillText(name, b.centerX(), b.centerY() - f * 0.6, b.w() - 4);
        g.setFont(Font.font("System", FontWeight.NORMAL, f * 0.85));
        g.fillText(what, b.centerX(), b.centerY() + f * 0.6, b.w() - 4);
    }

    private static void paintCore(GraphicsContext g, MeshLayout layout, CoreBox core, boolean selected) {
        Box b = layout.core(core.pid());
        double f = layout.fontSize();
        g.setFill(MeshPalette.fill(core.category()));
        g.fillRect(b.x(), b.y(), b.w(), b.h());
        g.setStroke(MeshPalette.TEXT);
        g.setLineWidth(1.5);
        g.setLineDashes(MeshPalette.dashed(core.category()) ? new double[] {f * 0.4, f * 0.3} : null);
        g.strokeRect(b.x(), b.y(), b.w(), b.h());
        g.setLineDashes((double[]) null);
        if (selected) {
            double w = Math.max(3, f * 0.25);
            g.setStroke(MeshPalette.SELECTION);
            g.setLineWidth(w);
            g.strokeRect(b.x() - w / 2, b.y() - w / 2, b.w() + w, b.h() + w);
        }
        g.setFill(MeshPalette.text(core.category()));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        BoxText text = BoxText.fit(core, b, Math.max(f, layout.labelFont()));
        double y = b.y() + text.font() * 0.18;
        for (int i = 0; i < text.lines().size(); i++) {
            g.setFont(Font.font("System", i == 0 ? FontWeight.BOLD : FontWeight.NORMAL, text.font()));
            g.fillText(text.lines().get(i), b.x() + text.font() * 0.3, y);
            y += text.font() * 1.15;
        }
    }

    private static void paintFlight(GraphicsContext g, MeshLayout layout, Flight flight) {
        Color colour = MeshPalette.packet(flight.packet().kind());
        double c = layout.channel();
        g.setGlobalAlpha(0.3 * flight.opacity());
        g.setStroke(colour);
        g.setLineWidth(Math.max(2, c * 0.12));
        List<Point> path = flight.path();
        for (int i = 0; i + 1 < path.size(); i++) {
            g.strokeLine(path.get(i).x(), path.get(i).y(), path.get(i + 1).x(), path.get(i + 1).y());
        }
        g.setGlobalAlpha(flight.opacity());
        double r = Math.max(4, c * 0.32);
        Point p = flight.position();
        g.setFill(colour);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.5);
        if (flight.packet().kind() == PacketTrail.Kind.IPI) {
            double[] xs = {p.x(), p.x() + r * 1.25, p.x(), p.x() - r * 1.25};
            double[] ys = {p.y() - r * 1.25, p.y(), p.y() + r * 1.25, p.y()};
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
        } else {
            g.fillOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
            g.strokeOval(p.x() - r, p.y() - r, 2 * r, 2 * r);
        }
        g.setGlobalAlpha(1);
    }
}
