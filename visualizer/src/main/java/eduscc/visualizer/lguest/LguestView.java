package eduscc.visualizer.lguest;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.scenario.CoreTasks;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.TaskSpec;
import eduscc.visualizer.app.DockedView;
import eduscc.labs.debug.GuestWorlds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
    private final VBox worlds = new VBox(16);
    private final Map<Integer, TwoWorldsPane> worldPanes = new TreeMap<>();
    private final VBox shadows = new VBox(16);
    private final Map<Integer, ShadowPane> shadowPanes = new TreeMap<>();
    private final TabPane parts = new TabPane();
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
        parts.setId("lguest-parts");
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ScrollPane worldsScroll = new ScrollPane(worlds);
        worldsScroll.setFitToWidth(true);
        ScrollPane shadowsScroll = new ScrollPane(shadows);
        shadowsScroll.setFitToWidth(true);
        shadowsScroll.setFitToHeight(true);
        parts.getTabs().addAll(tab("exits", lanes), tab("two worlds", worldsScroll), tab("page table | shadow", shadowsScroll));
        VBox.setVgrow(parts, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(empty, parts);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("lguest-tab-" + title.replaceAll("[^a-z]+", "-"));
        return tab;
    }

    /** Shows the part titled {@code title} ("exits", "two worlds", "page table | shadow"). */
    public void selectPart(String title) {
        parts.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
            .ifPresent(t -> parts.getSelectionModel().select(t));
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
        // A lab without a guest has nothing for the three parts: its one line says so.
        parts.setVisible(!empty.isVisible());
        parts.setManaged(parts.isVisible());
        laneNodes.keySet().retainAll(model.lanes().stream().map(LguestViewModel.Lane::core).toList());
        for (LguestViewModel.Lane lane : model.lanes()) {
            laneNodes.computeIfAbsent(lane.core(), c -> new LguestLane(c, seq -> onJumpToEvent.accept(seq))).show(lane);
        }
        if (!lanes.getChildren().equals(laneNodes.values().stream().map(LguestLane::node).toList())) {
            lanes.getChildren().setAll(laneNodes.values().stream().map(LguestLane::node).toList());
            lanes.getChildren().forEach(n -> VBox.setVgrow(n, javafx.scene.layout.Priority.ALWAYS));
        }
        showGuests(snapshot);
    }

    /** The two worlds and the shadow tables of every core with a lane whose guest the host has started. */
    private void showGuests(DebugSnapshot snapshot) {
        Map<Integer, GuestWorlds> started = new TreeMap<>();
        for (LguestViewModel.Lane lane : model.lanes()) {
            snapshot.guest(lane.core()).ifPresent(g -> started.put(lane.core(), g));
        }
        worldPanes.keySet().retainAll(started.keySet());
        shadowPanes.keySet().retainAll(started.keySet());
        for (Map.Entry<Integer, GuestWorlds> e : started.entrySet()) {
            worldPanes.computeIfAbsent(e.getKey(), TwoWorldsPane::new)
                .show(WorldsViewModel.of(e.getValue(), snapshot.machine().core(e.getKey())));
            shadowPanes.computeIfAbsent(e.getKey(), ShadowPane::new).show(ShadowViewModel.of(e.getValue()));
        }
        List<Node> worldNodes = started.isEmpty() ? List.of(notStarted()) : worldPanes.values().stream().map(TwoWorldsPane::node).toList();
        if (!worlds.getChildren().equals(worldNodes)) {
            worlds.getChildren().setAll(worldNodes);
        }
        List<Node> shadowNodes = started.isEmpty() ? List.of(notStarted()) : shadowPanes.values().stream().map(ShadowPane::node).toList();
        if (!shadows.getChildren().equals(shadowNodes)) {
            shadows.getChildren().setAll(shadowNodes);
            shadows.getChildren().forEach(n -> VBox.setVgrow(n, javafx.scene.layout.Priority.ALWAYS));
        }
    }

    private static Label notStarted() {
        Label l = new Label("No launcher has set up its guest yet: its Switcher pages and shadow tables come when"
            + " the launcher task first runs.");
        l.setWrapText(true);
        return l;
    }

    /** Core {@code pid}'s two-worlds pane (tests), or null. */
    TwoWorldsPane worlds(int pid) {
        return worldPanes.get(pid);
    }

    /** Core {@code pid}'s page-table pane (tests), or null. */
    ShadowPane shadow(int pid) {
        return shadowPanes.get(pid);
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
