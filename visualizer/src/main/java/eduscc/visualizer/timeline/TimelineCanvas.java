package eduscc.visualizer.timeline;

import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the timeline as a Gantt chart on one Canvas (javafx-notes §4: Canvas for what is redrawn
 * as a whole, hit-testing by arithmetic): the ruler on top, then one strip per core with a bar for
 * each task's segment, named where it is wide enough, and short ticks for the markers: interrupts
 * at the top edge, system calls at the bottom edge, task switches across the strip.
 */
final class TimelineCanvas {
    static final double GUTTER = 64;
    static final double AXIS_HEIGHT = 24;
    static final double LANE_HEIGHT = 30;
    private static final double BAR_INSET = 6;
    private static final Font TEXT = Font.font(11);
    private static final Font SELECTED = Font.font(null, FontWeight.BOLD, 11);

    private final Canvas canvas = new Canvas(400, AXIS_HEIGHT + LANE_HEIGHT);

    Canvas canvas() {
        return canvas;
    }

    double plotWidth() {
        return Math.max(1, canvas.getWidth() - GUTTER);
    }

    static double heightFor(int lanes) {
        return AXIS_HEIGHT + Math.max(1, lanes) * LANE_HEIGHT;
    }

    /** The lane under {@code y}, as an index into the model's lanes; empty on the ruler or below. */
    static OptionalInt laneAt(double y, int lanes) {
        int index = (int) Math.floor((y - AXIS_HEIGHT) / LANE_HEIGHT);
        return y < AXIS_HEIGHT || index >= lanes ? OptionalInt.empty() : OptionalInt.of(index);
    }

    static double laneCentre(int index) {
        return AXIS_HEIGHT + index * LANE_HEIGHT + LANE_HEIGHT / 2;
    }

    void draw(TimelineModel model, TimeWindow window, TimeAxis axis, int selectedCore, TaskPalette palette) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawRuler(g, window, axis);
        List<CoreLane> lanes = model.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            drawLane(g, lanes.get(i), AXIS_HEIGHT + i * LANE_HEIGHT, window, lanes.get(i).core() == selectedCore, palette);
        }
    }

    private void drawRuler(GraphicsContext g, TimeWindow window, TimeAxis axis) {
        g.setFont(TEXT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.gray(0.25));
        g.fillText(axis.unit(), 6, AXIS_HEIGHT / 2);
        g.setStroke(Color.gray(0.88));
        g.setLineWidth(1);
        for (TimeAxis.Tick tick : axis.ticks(window, plotWidth(), 110)) {
            double x = Math.floor(x(window, tick.time())) + 0.5;
            g.strokeLine(x, AXIS_HEIGHT - 6, x, canvas.getHeight());
            g.fillText(tick.label(), x + 3, AXIS_HEIGHT / 2);
        }
    }

    private void drawLane(GraphicsContext g, CoreLane lane, double y, TimeWindow window, boolean selected,
                          TaskPalette palette) {
        if (selected) {
            g.setFill(Color.web("#fff7d6"));
            g.fillRect(0, y, canvas.getWidth(), LANE_HEIGHT);
        }
        g.setFill(Color.gray(0.15));
        g.setFont(selected ? SELECTED : TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("core " + lane.core(), 6, y + LANE_HEIGHT / 2);
        g.save();
        clip(g, GUTTER, y, plotWidth(), LANE_HEIGHT);
        for (Segment s : lane.segments()) {
            if (s.end() >= window.start() && s.start() <= window.visibleEnd()) {
                drawSegment(g, s, y, window, palette);
            }
        }
        for (Marker m : lane.markers()) {
            if (m.time() >= window.start() && m.time() <= window.visibleEnd()) {
                drawMarker(g, m, y, window);
            }
        }
        g.restore();
    }

    private void drawSegment(GraphicsContext g, Segment s, double y, TimeWindow window, TaskPalette palette) {
        double x0 = Math.max(GUTTER, x(window, s.start()));
        double x1 = Math.min(GUTTER + plotWidth(), x(window, s.end()));
        double width = Math.max(1, x1 - x0);
        Color colour = palette.colour(s.task());
        g.setFill(colour);
        g.fillRect(x0, y + BAR_INSET, width, LANE_HEIGHT - 2 * BAR_INSET);
        if (width > 24) {
            g.save();
            clip(g, x0, y, width, LANE_HEIGHT);
            g.setFill(TaskPalette.textOn(colour));
            g.setFont(TEXT);
            g.fillText(s.task(), x0 + 3, y + LANE_HEIGHT / 2);
            g.restore();
        }
    }

    private void drawMarker(GraphicsContext g, Marker m, double y, TimeWindow window) {
        double x = Math.floor(x(window, m.time())) + 0.5;
        g.setStroke(TaskPalette.markerColour(m.kind()));
        g.setLineWidth(1);
        switch (m.kind()) {
            case INTERRUPT -> g.strokeLine(x, y + 1, x, y + BAR_INSET + 2);
            case SYSTEM_CALL -> g.strokeLine(x, y + LANE_HEIGHT - BAR_INSET - 2, x, y + LANE_HEIGHT - 1);
            case TASK_SWITCH -> g.strokeLine(x, y + BAR_INSET - 2, x, y + LANE_HEIGHT - BAR_INSET + 2);
        }
    }

    private double x(TimeWindow window, double time) {
        return GUTTER + window.xOf(time, plotWidth());
    }

    private static void clip(GraphicsContext g, double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }
}
