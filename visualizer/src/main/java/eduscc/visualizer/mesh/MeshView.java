package eduscc.visualizer.mesh;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.chip.CoreId;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * The mesh panel: the SCC's 6 x 4 tiles, 48 cores and the packets crossing between them, drawn on
 * one canvas that fills the panel and is redrawn when the panel is resized.
 *
 * <p>{@link #show} turns a debugger snapshot into a {@link MeshViewModel} and starts the replay of
 * the packets since the snapshot shown before, next to the replays of earlier snapshots still on
 * their way (a running machine shows continuous traffic); an {@link AnimationTimer} advances them once
 * per frame and stops itself when the last packet has faded. Clicking a core's box selects it;
 * other panels follow {@link #selectedCore()}, and may select a core through
 * {@link #selectedCoreProperty()} as well.
 */
public final class MeshView {
    private final Pane pane = new Pane();
    private final Canvas canvas = new Canvas();
    private final IntegerProperty selectedCore = new SimpleIntegerProperty(this, "selectedCore", 0);
    private final ReadOnlyObjectWrapper<MeshViewModel> model =
        new ReadOnlyObjectWrapper<>(this, "model", MeshViewModel.empty(0));
    private final ReadOnlyBooleanWrapper animating = new ReadOnlyBooleanWrapper(this, "animating", false);
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private MeshLayout layout = new MeshLayout(1, 1);
    private DebugSnapshot shown;
    /**
     * The replays still moving, each from the second it started: a run shows ~60 snapshots a
     * second, and each one's packets join the traffic already on the mesh instead of restarting
     * it, so packets are seen to travel while the machine runs.
     */
    private final java.util.ArrayDeque<Replay> replays = new java.util.ArrayDeque<>();
    private long startNanos = -1;
    private double seconds;
    private double uiScale = 1.0;

    /** One snapshot's packets and the second (on the view's animation clock) they set off. */
    private record Replay(PacketAnimation animation, double start, int packets) {
        boolean finished(double now) {
            return animation.finished(now - start);
        }
    }

    public MeshView() {
        pane.getStyleClass().add("mesh-view");
        pane.setPrefSize(960, 640);
        pane.setMinSize(320, 220);
        pane.getChildren().add(canvas);
        canvas.widthProperty().bind(pane.widthProperty());
        canvas.heightProperty().bind(pane.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> relayout());
        canvas.heightProperty().addListener((o, a, b) -> relayout());
        canvas.setOnMouseClicked(e -> {
            int pid = layout.coreAt(e.getX(), e.getY());
            if (pid >= 0) {
                selectedCore.set(pid);
            }
        });
        // Out-of-range values (from a binding, say) select no core rather than fail in a listener.
        selectedCore.addListener((o, a, b) -> {
            int pid = b.intValue();
            model.set(model.get().withSelectedCore(pid >= 0 && pid < CoreId.COUNT ? pid : -1));
            redraw();
        });
    }

    /** The panel to dock: it takes whatever size its parent gives it. */
    public Node node() {
        return pane;
    }

    /**
     * Shows a pause of the run and replays the packets since the snapshot shown before. Call it
     * on the JavaFX thread with the snapshot the GUI pulled for this frame (DESIGN §5).
     */
    public void show(DebugSnapshot snapshot) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("MeshView.show must run on the JavaFX application thread, was called on "
                + Thread.currentThread().getName());
        }
        int pid = selectedCore.get();
        if (snapshot == shown) {
            // The same pause again (another core picked in the window): its packets stay on the mesh.
            model.set(model.get().withSelectedCore(pid >= 0 && pid < CoreId.COUNT ? pid : -1));
            redraw();
            return;
        }
        model.set(MeshViewModel.of(snapshot, shown, pid >= 0 && pid < CoreId.COUNT ? pid : -1));
        shown = snapshot;
        if (!animating.get()) {
            seconds = 0;
            startNanos = -1;
        }
        List<PacketTrail> packets = model.get().packets();
        if (!packets.isEmpty()) {
            replays.addLast(new Replay(new PacketAnimation(packets), seconds, packets.size()));
            int onMesh = replays.stream().mapToInt(Replay::packets).sum();
            while (onMesh > 2 * MeshViewModel.MAX_PACKETS && replays.size() > 1) {
                onMesh -= replays.removeFirst().packets(); // the oldest traffic makes room
            }
        }
        if (replays.isEmpty()) {
            stopAnimation();
        } else {
            animating.set(true);
            timer.start();
        }
        redraw();
    }

    /** The selected core's pid (0..47), -1 if none. */
    public ReadOnlyIntegerProperty selectedCore() {
        return selectedCore;
    }

    /** Selects a core from outside, e.g. from the core list; -1 selects none. */
    public IntegerProperty selectedCoreProperty() {
        return selectedCore;
    }

    /** What the canvas shows: the core boxes, the selection and the packets of the last snapshot. */
    public ReadOnlyObjectProperty<MeshViewModel> model() {
        return model.getReadOnlyProperty();
    }

    /** True while packets move or fade; false once the timer has stopped. */
    public ReadOnlyBooleanProperty animating() {
        return animating.getReadOnlyProperty();
    }

    /** The geometry of the last drawn frame (where each core's box is, for tests and tooltips). */
    public MeshLayout layout() {
        return layout;
    }

    /** How many snapshots' packets are on their way at once (tests). */
    int replaysInFlight() {
        return replays.size();
    }

    private void frame(long now) {
        if (startNanos < 0) {
            startNanos = now;
        }
        seconds = (now - startNanos) / 1e9;
        replays.removeIf(r -> r.finished(seconds));
        if (replays.isEmpty()) {
            stopAnimation();
        }
        redraw();
    }

    private void stopAnimation() {
        replays.clear();
        timer.stop();
        animating.set(false);
    }

    /** Follows the UI scale (1.0 = 100 %): a canvas has no CSS font, so the window tells it. */
    public void setUiScale(double scale) {
        uiScale = scale;
        relayout();
    }

    private void relayout() {
        layout = new MeshLayout(canvas.getWidth(), canvas.getHeight(), uiScale);
        redraw();
    }

    private void redraw() {
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        List<PacketAnimation.Flight> flights = new java.util.ArrayList<>();
        for (Replay r : replays) {
            flights.addAll(r.animation().at(layout, seconds - r.start()));
        }
        MeshPainter.paint(canvas.getGraphicsContext2D(), layout, model.get(), flights);
    }
}
