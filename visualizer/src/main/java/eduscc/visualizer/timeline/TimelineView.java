package eduscc.visualizer.timeline;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.visualizer.app.DockedView;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * Which task ran when, per core, as a Gantt chart (the "timeline" of DESIGN §5). The view only
 * binds and draws: the segments come from {@link TimelineModel}, the visible range from
 * {@link TimeWindow}. The mouse wheel and the +/- buttons zoom, dragging or the scroll bar pans,
 * and a click asks the debugger, through {@link #setOnJumpToTime}, to go to the clicked time;
 * the window runs {@link TimeJump#goTo} for it on the simulation thread.
 */
public final class TimelineView implements DockedView {
    private static final double ZOOM_STEP = 1.5;

    private final TimeWindow window = new TimeWindow();
    private final TimelineCanvas chart = new TimelineCanvas();
    private final TaskPalette palette = new TaskPalette();
    private final ChoiceBox<TimeAxis> unit = new ChoiceBox<>();
    private final Label range = new Label();
    private final Label hover = new Label(" ");
    private final ScrollBar scroll = new ScrollBar();
    private final FlowPane legend = new FlowPane(12, 4);
    private final BorderPane root = new BorderPane();
    private final ToolBar tools;
    private Consumer<Long> onJumpToTime = time -> { };
    private DebugSnapshot shown;
    private TimelineModel model;
    /** Reads only the events each new snapshot adds while a run goes on. */
    private final TimelineModel.Follower follower = new TimelineModel.Follower();
    private List<String> legendTasks = List.of();
    private int selectedCore;
    private double dragX;
    private boolean movingScrollBar;

    public TimelineView() {
        unit.getItems().setAll(TimeAxis.values());
        unit.setValue(TimeAxis.CYCLES);
        unit.setId("timeline-unit");
        unit.setOnAction(e -> redraw());
        range.setId("timeline-range");
        hover.setId("timeline-hover");
        scroll.setId("timeline-scroll");
        legend.setId("timeline-legend");
        scroll.setOrientation(Orientation.HORIZONTAL);
        scroll.valueProperty().addListener((o, a, b) -> {
            if (!movingScrollBar) {
                window.scrollTo(b.doubleValue());
                redraw();
            }
        });
        tools = new ToolBar(
            button("timeline-zoom-out", "\u2212", "zoom out (mouse wheel down)", () -> window.zoom(1 / ZOOM_STEP)),
            button("timeline-zoom-in", "+", "zoom in (mouse wheel up)", () -> window.zoom(ZOOM_STEP)),
            button("timeline-fit", "Fit", "show the whole run", window::fit),
            new Label("axis"), unit, range);
        chart.canvas().setId("timeline-canvas");
        Pane host = new Pane(chart.canvas());
        host.setPrefWidth(400);
        chart.canvas().widthProperty().bind(host.widthProperty());
        chart.canvas().widthProperty().addListener((o, a, b) -> redraw());
        ScrollPane lanes = new ScrollPane(host);
        lanes.setFitToWidth(true);
        lanes.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        installMouse();
        root.setTop(tools);
        root.setCenter(lanes);
        root.setBottom(new VBox(2, scroll, legend, hover));
    }

    private Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            action.run();
            redraw();
        });
        return b;
    }

    private void installMouse() {
        var canvas = chart.canvas();
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (model != null && e.getDeltaY() != 0) {
                window.zoom(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, timeAt(e.getX()));
            }
            if (e.getDeltaX() != 0) {
                window.pan(-e.getDeltaX() / chart.plotWidth() * window.span());
            }
            e.consume();
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragX = e.getX());
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            window.pan((dragX - e.getX()) / chart.plotWidth() * window.span());
            dragX = e.getX();
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (model != null && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()
                && e.getX() >= chart.gutter()) {
                onJumpToTime.accept(timeAt(e.getX()));
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover.setText(describe(e.getX(), e.getY())));
    }

    private long timeAt(double x) {
        return window.timeAt(x - chart.gutter(), chart.plotWidth());
    }

    /** "core 0: normal-a (round robin) at cycle 21,335,906" for the point under the mouse. */
    private String describe(double x, double y) {
        if (model == null || x < chart.gutter()) {
            return " ";
        }
        long time = timeAt(x);
        String at = unit.getValue().describe(time);
        OptionalInt lane = chart.laneAt(y, model.lanes().size());
        if (lane.isEmpty()) {
            return at;
        }
        CoreLane l = model.lanes().get(lane.getAsInt());
        return l.segmentAt(time).map(s -> "core " + l.core() + ": " + s.task() + " (" + s.reason() + ") at " + at)
            .orElse("core " + l.core() + " at " + at);
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(DebugSnapshot snapshot, int core) {
        selectedCore = core;
        if (snapshot != shown) {
            shown = snapshot;
            model = follower.next(snapshot);
            window.setEnd(model.end());
            chart.canvas().setHeight(chart.heightFor(model.lanes().size()));
            palette.assign(model.tasks());
            updateLegend();
        }
        redraw();
    }

    /** Follows the UI scale (1.0 = 100 %): the canvas draws its strips and text that much larger. */
    public void setUiScale(double scale) {
        chart.setScale(scale);
        if (model != null) {
            chart.canvas().setHeight(chart.heightFor(model.lanes().size()));
        }
        redraw();
    }

    /** The size of the strips' text in pixels (tests: it follows the scale). */
    public double fontSize() {
        return chart.fontSize();
    }

    /** Adds a control to the view's tool bar (the lead adds the export menu here). */
    public void addTool(Node tool) {
        tools.getItems().add(tool);
    }

    /** Called with a global time (1/16 ns units) when the user clicks the chart; the lead runs the session there. */
    public void setOnJumpToTime(Consumer<Long> onJumpToTime) {
        this.onJumpToTime = onJumpToTime == null ? time -> { } : onJumpToTime;
    }

    /** The model last drawn (for exports); null before the first snapshot. */
    public TimelineModel model() {
        return model;
    }

    public double visibleStart() {
        return window.start();
    }

    public double visibleSpan() {
        return window.span();
    }

    /** Where {@code time} on {@code core}'s strip is on the screen (tests click there). */
    public Point2D screenPoint(int core, long time) {
        int index = model.lanes().stream().map(CoreLane::core).toList().indexOf(core);
        double x = chart.gutter() + window.xOf(time, chart.plotWidth());
        return chart.canvas().localToScreen(x, chart.laneCentre(index));
    }

    private void updateLegend() {
        if (model.tasks().equals(legendTasks)) {
            return;
        }
        legendTasks = model.tasks();
        legend.getChildren().clear();
        for (String task : legendTasks) {
            legend.getChildren().add(new Label(task, new Rectangle(12, 12, palette.colour(task))));
        }
        for (Marker.Kind kind : Marker.Kind.values()) {
            legend.getChildren().add(new Label(kind.toString(), new Rectangle(2, 12, TaskPalette.markerColour(kind))));
        }
    }

    private void redraw() {
        if (model == null) {
            return;
        }
        chart.draw(model, window, unit.getValue(), selectedCore, palette);
        TimeAxis axis = unit.getValue();
        range.setText(String.format("%s \u2013 %s of %s %s", axis.value(window.start()),
            axis.value(window.visibleEnd()), axis.value(window.end()), axis.unit())
            + (model.eventsLeftOut() == 0 ? "" : String.format("; lanes start after %,d earlier events, left out"
                + " to bound memory (go to an earlier cycle to see them)", model.eventsLeftOut())));
        movingScrollBar = true;
        double maxStart = Math.max(0, window.end() - window.span());
        scroll.setMax(maxStart);
        scroll.setVisibleAmount(maxStart * window.span() / window.end());
        scroll.setBlockIncrement(window.span());
        scroll.setUnitIncrement(window.span() / 10);
        scroll.setValue(window.start());
        scroll.setDisable(maxStart == 0);
        movingScrollBar = false;
    }
}
