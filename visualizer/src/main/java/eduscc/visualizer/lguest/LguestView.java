package eduscc.visualizer.lguest;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.scenario.CoreTasks;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.TaskSpec;
import eduscc.visualizer.app.DockedView;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The lguest tab (issue 12, "In the debugger"): for each core that hosts a guest, where the core
 * is now (host, Switcher, guest kernel in ring 1, guest user in ring 3) and every trip into the
 * guest so far, each exit with its reason and cost, counted by kind: what a lecturer needs to
 * ask "why did the guest leave, and what did it cost". The trips are followed along the trace
 * ({@link GuestTransitions}: a run that goes on costs only its new events; a step back starts
 * again), the place comes from the snapshot's registers ({@link GuestPlace}). A lab without a
 * guest gets one line that says so and how to open the lguest lab.
 *
 * <p>Node ids: {@code #lguest-empty}, and per core those of {@link LguestLane}.
 */
public final class LguestView implements DockedView {
    private final VBox root = new VBox(12);
    private final Label empty = new Label(LguestViewModel.NO_GUEST);
    private final VBox lanes = new VBox(16);
    private final Map<Integer, LguestLane> laneNodes = new TreeMap<>();
    private final GuestTransitions transitions = new GuestTransitions();
    private Set<Integer> declared = Set.of();
    private LongConsumer onJumpToEvent = seq -> { };
    private LguestViewModel model;

    public LguestView() {
        root.getStylesheets().add(LguestView.class.getResource("lguest.css").toExternalForm());
        root.getStyleClass().add("lguest-view");
        empty.setId("lguest-empty");
        empty.setWrapText(true);
        // One lane (the usual case) takes the panel's height, so its exit table shows as many rows as fit.
        VBox.setVgrow(lanes, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(empty, lanes);
    }

    @Override
    public String title() {
        return "lguest";
    }

    @Override
    public Node node() {
        return root;
    }

    /** Called with a GuestExit's event number when the user double-clicks (or presses Enter on) its row. */
    public void setOnJumpToEvent(LongConsumer jump) {
        onJumpToEvent = jump;
    }

    /** The lab shown: the cores whose tasks run a guest get a lane before their first GuestEnter. */
    public void setLab(Scenario lab) {
        Set<Integer> cores = new TreeSet<>();
        for (CoreTasks c : lab.cores()) {
            for (TaskSpec t : c.tasks()) {
                if (t.guest() != null && c.pid() != null) {
                    cores.add(c.pid());
                }
            }
        }
        declared = Set.copyOf(cores);
    }

    @Override
    public void show(DebugSnapshot snapshot, int core) {
        transitions.follow(snapshot.trace());
        model = LguestViewModel.of(snapshot, declared, transitions);
        empty.setText(model.empty());
        empty.setVisible(!model.empty().isEmpty());
        empty.setManaged(empty.isVisible());
        laneNodes.keySet().retainAll(model.lanes().stream().map(LguestViewModel.Lane::core).toList());
        for (LguestViewModel.Lane lane : model.lanes()) {
            laneNodes.computeIfAbsent(lane.core(), c -> new LguestLane(c, seq -> onJumpToEvent.accept(seq))).show(lane);
        }
        if (!lanes.getChildren().equals(laneNodes.values().stream().map(LguestLane::node).toList())) {
            lanes.getChildren().setAll(laneNodes.values().stream().map(LguestLane::node).toList());
            lanes.getChildren().forEach(n -> VBox.setVgrow(n, javafx.scene.layout.Priority.ALWAYS));
        }
    }

    /** What the view shows now (tests). */
    public LguestViewModel model() {
        return model;
    }

    /** Core {@code pid}'s lane (tests), or null. */
    LguestLane lane(int pid) {
        return laneNodes.get(pid);
    }

    /** How often the trips were counted again from the trace's start (tests: a run going on never does). */
    int rebuilds() {
        return transitions.rebuilds();
    }
}
