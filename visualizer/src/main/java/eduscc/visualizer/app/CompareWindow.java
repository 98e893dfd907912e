package eduscc.visualizer.app;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.LabDifference;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ComparedPart;
import eduscc.machine.trace.TraceEntry;
import eduscc.visualizer.descriptors.TssNames;
import eduscc.visualizer.events.EventWords;
import eduscc.visualizer.queues.RunQueuePanel;
import eduscc.visualizer.timeline.TimelineView;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The debugger's side-by-side window ({@code eduscc gui LAB --compare student}): the lab run twice,
 * with the kit's implementation of a part on the left and the student's on the right, each with
 * its run queues and timeline, stepped together. The first event where the two runs differ is
 * named below ({@link LabDifference}), and "First difference" (F9) takes both sides to it.
 */
public final class CompareWindow {
    private final BorderPane root = new BorderPane();
    private final Side kit;
    private final Side student;
    private final Optional<LabDifference> difference;
    private final Label status = new Label();
    private final Projector projector = new Projector(root);
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh();
        }
    };

    /** One run: its session, its views and the snapshot they show. */
    private static final class Side {
        final DebuggerController controller;
        final RunQueuePanel queues = new RunQueuePanel(pid -> { });
        final TimelineView timeline = new TimelineView();
        final VBox node;
        DebugSnapshot shown;

        Side(Session session, String title, String id) {
            controller = new DebuggerController(session);
            Label heading = new Label(title);
            heading.getStyleClass().add("panel-title");
            heading.setId(id + "-title");
            // The queues scroll (at a projector's scale they are taller than half a window); the
            // divider between them and the timeline moves, as in the main window.
            ScrollPane scrolled = new ScrollPane(queues.node());
            scrolled.setFitToWidth(true);
            SplitPane stacked = new SplitPane(scrolled, timeline.node());
            stacked.setOrientation(Orientation.VERTICAL);
            stacked.setDividerPositions(0.6);
            node = new VBox(4, heading, stacked);
            node.setId(id);
            node.setPadding(new Insets(4));
            VBox.setVgrow(stacked, Priority.ALWAYS);
        }

        void refresh() {
            DebugSnapshot latest = controller.session().snapshot();
            if (latest != shown) {
                shown = latest;
                int core = latest.kernels().isEmpty() ? 0 : latest.kernels().firstKey();
                queues.show(latest, core);
                timeline.show(latest, core);
            }
        }
    }

    public CompareWindow(ComparedPart compared, Optional<LabDifference> difference) {
        this.difference = difference;
        kit = new Side(new Session(compared.kit()), "The kit's " + compared.part(), "kit-side");
        student = new Side(new Session(compared.student()), "Your " + compared.part() + " (plug-in "
            + compared.plugin() + ")", "student-side");
        SplitPane sides = new SplitPane(kit.node, student.node);
        status.setId("compare-status");
        status.setWrapText(true);
        Label summary = new Label(summary(difference));
        summary.setId("first-difference");
        summary.setWrapText(true);
        summary.setPadding(new Insets(2, 6, 4, 6));
        status.setPadding(new Insets(2, 6, 2, 6));
        root.setTop(new VBox(toolBar(), summary));
        root.setCenter(sides);
        root.setBottom(status);
        projector.scaleProperty().addListener((o, was, now) -> {
            kit.timeline.setUiScale(now.doubleValue());
            student.timeline.setUiScale(now.doubleValue());
        });
        frames.start();
    }

    private ToolBar toolBar() {
        return new ToolBar(
            button("step", "Step", "both runs one instruction boundary on (F7)", c -> c.step()),
            button("back", "Back", "both runs one boundary back (Shift+F7)", c -> c.stepBack()),
            button("next-switch", "Next task switch", "both runs to their next task switch (F8)",
                c -> c.nextEvent(EventKinds.TASK_SWITCH.matcher(), EventKinds.TASK_SWITCH.toString())),
            button("first-difference-button", "First difference", "both runs to the first event that differs (F9)",
                this::toFirstDifference),
            button("reset", "Reset", "both runs back to the boot", c -> c.reset()));
    }

    private Button button(String id, String text, String tip, Function<DebuggerController, ?> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> both(action));
        return b;
    }

    private Object toFirstDifference(DebuggerController c) {
        return difference.map(d -> c.goTo(new GoToTarget(GoToTarget.Kind.EVENT, d.seq()), 0)).orElse(null);
    }

    private void both(Function<DebuggerController, ?> action) {
        action.apply(kit.controller);
        action.apply(student.controller);
    }

    /**
     * F7 step, Shift+F7 back, F8 next task switch, F9 first difference, Ctrl +/- text size: the
     * main window's keys where they mean the same.
     */
    public void installKeys(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F7), () -> both(c -> c.step()));
        keys.put(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), () -> both(c -> c.stepBack()));
        keys.put(new KeyCodeCombination(KeyCode.F8), () -> both(c -> c.nextEvent(EventKinds.TASK_SWITCH.matcher(),
            EventKinds.TASK_SWITCH.toString())));
        keys.put(new KeyCodeCombination(KeyCode.F9), () -> both(this::toFirstDifference));
        projector.installKeys(scene);
    }

    /** The text size (Ctrl +/-; {@code --scale}, {@code --presenter}), as in the main window. */
    public Projector projector() {
        return projector;
    }

    /** The first difference in words, or that there is none. */
    static String summary(Optional<LabDifference> difference) {
        if (difference.isEmpty()) {
            return "The two runs agree event for event for " + LabDifference.UNTIL_CYCLES
                + " cycles (one simulated second): no difference to show.";
        }
        LabDifference d = difference.get();
        return "First difference at event #" + d.seq() + " (F9 goes there): the kit's run " + words(d.kit())
            + "; yours " + words(d.student()) + ".";
    }

    private static String words(TraceEntry e) {
        return e == null ? "had ended" : "has on core " + e.core() + ": " + EventWords.describe(e.event(), TssNames.NONE);
    }

    void refresh() {
        kit.refresh();
        student.refresh();
        status.setText(String.format("kit: position %d, %s   |   yours: position %d, %s",
            kit.shown.position(), kit.shown.status(), student.shown.position(), student.shown.status()));
    }

    public Parent root() {
        return root;
    }

    public DebuggerController kitController() {
        return kit.controller;
    }

    public DebuggerController studentController() {
        return student.controller;
    }

    public void stop() {
        frames.stop();
        kit.controller.close();
        student.controller.close();
    }
}
