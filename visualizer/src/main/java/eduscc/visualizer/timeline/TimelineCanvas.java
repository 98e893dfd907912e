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
 * at the top edge, system calls at the bottom edge, task switches across the strip. Its sizes
 * follow the UI scale ({@link #setScale}), as a canvas does not follow the CSS font size.
 */
final class TimelineCanvas {
    /** The sizes at 100 %, in pixels. */
    static final double GUTTER = 64;
    static final double AXIS_HEIGHT = 24;
    static final double LANE_HEIGHT = 30;
    private static final double BAR_INSET = 6;
    private static final double FONT = 11;

    private final Canvas canvas = new Canvas(400, AXIS_HEIGHT + LANE_HEIGHT);
    private double scale = 1;
    private Font text = Font.font(FONT);
    private Font selectedText = Font.font(null, FontWeight.BOLD, FONT);

    /** The UI scale (1.0 = 100 %): the strips, the gutter and the text grow with it. */
    void setScale(double scale) {
        this.scale = scale;
        text = Font.font(FONT * scale);
        selectedText = Font.font(null, FontWeight.BOLD, FONT * scale);
    }

    double gutter() {
        return GUTTER * scale;
    }

    private double axisHeight() {
        return AXIS_HEIGHT * scale;
    }

    private double laneHeight() {
        return LANE_HEIGHT * scale;
    }

    /** The label font's size in pixels (tests). */
    double fontSize() {
        return text.getSize();
    }

    Canvas canvas() {
        return canvas;
    }

    double plotWidth() {
        return Math.max(1, canvas.getWidth() - gutter());
    }

    double heightFor(int lanes) {
        return axisHeight() + Math.max(1, lanes) * laneHeight();
    }

    /** The lane under {@code y}, as an index into the model's lanes; empty on the ruler or below. */
    OptionalInt laneAt(double y, int lanes) {
        int index = (int) Math.floor((y - axisHeight()) / laneHeight());
        return y < axisHeight() || index >= lanes ? OptionalInt.empty() : OptionalInt.of(index);
    }

    double laneCentre(int index) {
        return axisHeight() + index * laneHeight() + laneHeight() / 2;
    }

    void draw(TimelineModel model, TimeWindow window, TimeAxis axis, int selectedCore, TaskPalette palette) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawRuler(g, window, axis);
        List<CoreLane> lanes = model.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            drawLane(g, lanes.get(i), axisHeight() + i * laneHeight(), window, lanes.get(i).core() == selectedCore, palette);
        }
    }

    private void drawRuler(GraphicsContext g, TimeWindow window, TimeAxis axis) {
        g.setFont(text);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(Color.gray(0.25));
        g.fillText(axis.unit(), 6, axisHeight() / 2);
        g.setStroke(Color.gray(0.88));
        g.setLineWidth(1);
        for (TimeAxis.Tick tick : axis.ticks(window, plotWidth(), 110 * scale)) {
            double x = Math.floor(x(window, tick.time())) + 0.5;
            g.strokeLine(x, axisHeight() - 6, x, canvas.getHeight());
            g.fillText(tick.label(), x + 3, axisHeight() / 2);
        }
    }

    private void drawLane(GraphicsContext g, CoreLane lane, double y, TimeWindow window, boolean selected,
                          TaskPalette palette) {
        if (selected) {
            g.setFill(Color.web("#fff7d6"));
            g.fillRect(0, y, canvas.getWidth(), laneHeight());
        }
        g.setFill(Color.gray(0.15));
        g.setFont(selected ? selectedText : text);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("core " + lane.core(), 6, y + laneHeight() / 2);
        g.save();
        clip(g, gutter(), y, plotWidth(), laneHeight());
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
        double barInset = BAR_INSET * scale;
        double x0 = Math.max(gutter(), x(window, s.start()));
        double x1 = Math.min(gutter() + plotWidth(), x(window, s.end()));
        double width = Math.max(1, x1 - x0);
        Color colour = palette.colour(s.task());
        g.setFill(colour);
        g.fillRect(x0, y + barInset, width, laneHeight() - 2 * barInset);
        if (width > 24 * scale) {
            g.save();
            clip(g, x0, y, width, laneHeight());
            g.setFill(TaskPalette.textOn(colour));
            g.setFont(text);
            g.fillText(s.task(), x0 + 3, y + laneHeight() / 2);
            g.restore();
        }
    }

    private void drawMarker(GraphicsContext g, Marker m, double y, TimeWindow window) {
        double barInset = BAR_INSET * scale;
        double x = Math.floor(x(window, m.time())) + 0.5;
        g.setStroke(TaskPalette.markerColour(m.kind()));
        g.setLineWidth(1);
        switch (m.kind()) {
            case INTERRUPT -> g.strokeLine(x, y + 1, x, y + barInset + 2);
            case SYSTEM_CALL -> g.strokeLine(x, y + laneHeight() - barInset - 2, x, y + laneHeight() - 1);
            case TASK_SWITCH -> g.strokeLine(x, y + barInset - 2, x, y + laneHeight() - barInset + 2);
            case PAGE_FAULT -> {
                g.setLineWidth(2);
                g.strokeLine(x, y + barInset, x, y + laneHeight() - barInset);
            }
        }
    }

    private double x(TimeWindow window, double time) {
        return gutter() + window.xOf(time, plotWidth());
    }

    private static void clip(GraphicsContext g, double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }
}
