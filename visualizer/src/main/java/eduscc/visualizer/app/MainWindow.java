package eduscc.visualizer.app;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.debug.Breakpoints;
import eduscc.labs.debug.DebugBreakpoint;
import eduscc.labs.debug.SourceLine;
import eduscc.visualizer.bench.LatencyPlot;
import eduscc.visualizer.breakpoints.BreakpointsView;
import eduscc.visualizer.breakpoints.SessionFileActions;
import eduscc.visualizer.boot.BootView;
import eduscc.visualizer.console.ConsoleView;
import eduscc.visualizer.cpu.CpuView;
import eduscc.visualizer.descriptors.DescriptorTablesView;
import eduscc.visualizer.events.EventsView;
import eduscc.visualizer.export.ExportMenu;
import eduscc.visualizer.memory.MemoryView;
import eduscc.visualizer.mesh.MeshView;
import eduscc.visualizer.queues.RunQueuePanel;
import eduscc.visualizer.timeline.TimelineView;
import javafx.scene.control.SplitPane;
import eduscc.visualizer.lab.LabView;
import eduscc.visualizer.source.SourceView;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * The debugger window: the stepping controls with their keys, the docked views, and a status
 * line. Commands go to the {@link DebuggerController}'s simulation thread; once per frame the
 * window takes the session's latest snapshot and, if it is new, hands it to every view.
 */
public final class MainWindow {
    private final DebuggerController controller;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private javafx.scene.Node toolBarNode;
    private final ComboBox<EventKinds> eventKind = new ComboBox<>();
    private final ComboBox<Integer> core = new ComboBox<>();
    private final javafx.scene.control.TextField goTo = new javafx.scene.control.TextField();
    /** Why the last text in the go-to field could not be read; shown in the status line until the next go-to. */
    private String goToError;
    private final TabPane tabs = new TabPane();
    private final List<DockedView> views = new ArrayList<>();
    /** Each docked view's tab, and the views whose tab was hidden when the last snapshot came. */
    private final java.util.Map<DockedView, Tab> viewTabs = new java.util.HashMap<>();
    private final java.util.Set<DockedView> stale = new java.util.HashSet<>();
    private final EventsView events = new EventsView();
    private final LabView labView = new LabView();
    private final SourceView source = new SourceView();
    private final MemoryView memory = new MemoryView(window -> controller().readMemory(window));
    private final eduscc.visualizer.paging.PagingView paging = new eduscc.visualizer.paging.PagingView(
        pid -> controller().readPages(pid));
    private final eduscc.visualizer.processes.ProcessTreeView processes = new eduscc.visualizer.processes.ProcessTreeView();
    private final ConsoleView console = new ConsoleView();
    private final eduscc.visualizer.lguest.LguestView lguest = new eduscc.visualizer.lguest.LguestView();
    private final BootView boot = new BootView();
    private final BreakpointsView breakpointsPanel = new BreakpointsView();
    private final MeshView mesh = new MeshView();
    private final eduscc.visualizer.mpb.MpbView mpb = new eduscc.visualizer.mpb.MpbView();
    private final TimelineView timeline = new TimelineView();
    private final LatencyPlot latency = new LatencyPlot();
    private final SplitPane split = new SplitPane();
    private final javafx.scene.control.ComboBox<String> speed = new javafx.scene.control.ComboBox<>();
    private final ViewDocking docking = new ViewDocking(split, tabs, mesh.node());
    private final Projector projector = new Projector(root);
    private DebugSnapshot shown;
    private String labSource;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh();
        }
    };

    public MainWindow(Session session) {
        this.controller = new DebuggerController(session);
        this.labSource = session.lab().name();
        status.setId("status");
        // At 250 % the status sentence is wider than a 1280-pixel window: it wraps, it is never cut.
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        speed.setId("speed");
        speed.getItems().setAll("full speed", "1000 steps/s", "100 steps/s", "10 steps/s", "1 step/s");
        speed.setValue("full speed");
        speed.setTooltip(new Tooltip("how fast Run goes: full speed shows the latest state about 60 times a second; N steps/s moves N boundaries a second"));
        eventKind.getItems().setAll(EventKinds.values());
        eventKind.setValue(EventKinds.TASK_SWITCH);
        eventKind.setId("event-kind-to-run");
        core.setId("core");
        core.getItems().setAll(session.lab().machine().cores());
        core.setValue(core.getItems().get(0));
        core.setOnAction(e -> {
            if (core.getValue() == null) {
                return;
            }
            if (mesh.selectedCore().get() != core.getValue()) {
                mesh.selectedCoreProperty().set(core.getValue());
            }
            redraw();
        });
        mesh.selectedCoreProperty().set(core.getValue());
        mesh.selectedCore().addListener((o, before, now) -> {
            if (core.getItems().contains(now.intValue())) {
                core.setValue(now.intValue());
            }
        });
        split.getItems().setAll(mesh.node(), tabs);
        split.setDividerPositions(0.42);
        projector.scaleProperty().addListener((o, was, now) -> {
            mesh.setUiScale(now.doubleValue());
            timeline.setUiScale(now.doubleValue());
        });
        toolBarNode = WrappingToolBar.of(toolBar());
        root.setTop(toolBarNode);
        root.setCenter(split);
        root.setBottom(status);
        RunQueuePanel queues = new RunQueuePanel(pid -> mesh.selectedCoreProperty().set(pid));
        CpuView cpu = new CpuView();
        dock(new SimpleView("Run queues", queues.node(), queues::show));
        dock(new SimpleView("CPU", cpu.node(), cpu::show));
        DescriptorTablesView descriptors = new DescriptorTablesView();
        dock(descriptors);
        descriptors.setOnShowInMemory(this::showInMemory);
        boot.setLab(session.lab());
        dock(boot);
        dock(new SimpleView("Source", source.node(), source::show));
        timeline.setOnJumpToTime(time -> controller.goTo(time));
        events.setOnJumpToEvent(seq -> goTo(new GoToTarget(GoToTarget.Kind.EVENT, seq)));
        labView.setOnJumpToTick((pid, tick) -> controller.goTo(new GoToTarget(GoToTarget.Kind.TICK, tick), pid));
        timeline.addTool(ExportMenu.forTimeline(timeline::model, timeline.node()));
        dock(timeline);
        dock(new SimpleView("Breakpoints", breakpointsPanel.node(), (s, c) -> { }));
        breakpointsPanel.setBreakpoints(Breakpoints.fromLab(session.lab()));
        dock(new SimpleView("Events", events.node(), (s, c) -> events.show(s)));
        dock(new SimpleView("Lab", labView.node(), (s, c) -> labView.show(s)));
        dock(new SimpleView("Memory", memory.node(), memory::show));
        dock(paging);
        dock(processes);
        lguest.setLab(session.lab());
        lguest.setOnJumpToEvent(seq -> goTo(new GoToTarget(GoToTarget.Kind.EVENT, seq)));
        dock(lguest);
        dock(new SimpleView("Console", console.node(), console::show));
        dock(mpb);
        cpu.setOnShowInMemory(this::showInMemory);
        dock(new SimpleView("Switch latency", latency.node(), (s, c) -> latency.showThisLab(labSamples(s, c))));
        labView.open(session.lab());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> catchUp());
        refresh();
        frames.start();
    }

    /** Replaces the session with one on {@code nameOrPath}; errors go to a dialog. */
    /**
     * Shows a failed check above the views ({@code gui --replay}): the check, where the debugger
     * stopped for it, and the kit's value beside the student's, until the banner is closed.
     */
    public void showReplay(eduscc.labs.scenario.Replay replay) {
        ReplayBanner banner = new ReplayBanner(replay, () -> root.setTop(toolBarNode));
        root.setTop(new javafx.scene.layout.VBox(toolBarNode, banner.node()));
    }

    public void openLab(String nameOrPath) {
        LabOpener.open(nameOrPath, root.getScene() == null ? null : root.getScene().getWindow()).ifPresent(next -> {
            labSource = nameOrPath;
            adopt(next, Breakpoints.fromLab(next.lab()));
        });
    }

    public void reloadLab() {
        openLab(labSource);
    }

    /** Shows a saved session: its lab and breakpoints now, its position once the run there is done. */
    public void adopt(SessionFileActions.Opened opened) {
        adopt(opened.session(), opened.breakpoints());
        if (opened.position() > 0) {
            controller.runTo(opened.position(), "opened " + opened.fileName() + ",");
        }
    }

    /**
     * Shows another session (a lab just opened, or a saved session) with its breakpoints. The
     * window does not wait for the old session to close, so it stays responsive meanwhile.
     */
    void adopt(Session next, Breakpoints breakpoints) {
        root.setTop(toolBarNode); // a replay's banner belongs to the run it was opened with
        controller.open(next);
        core.getItems().setAll(next.lab().machine().cores());
        core.setValue(core.getItems().get(0));
        labView.open(next.lab());
        lguest.setLab(next.lab());
        boot.setLab(next.lab());
        breakpointsPanel.setBreakpoints(breakpoints);
        shown = null;
        refresh();
    }

    private ToolBar toolBar() {
        return new ToolBar(
            new LabMenu(this).node(),
            button("run", "Run", "F5: run until paused, a breakpoint or the end", this::run),
            speed,
            button("pause", "Pause", "F6: pause", controller::pause),
            button("step", "Step", "F7: one machine operation or x86 instruction (Shift+F7: back)", controller::step),
            button("step-line", "Line", "F10: one kernel source line on the selected core (Shift+F10: back one line)", () -> controller.stepLine(selectedCore())),
            button("back", "Back", "Shift+F7: back one step (re-runs from the start)", controller::stepBack),
            eventKind,
            button("next-event", "Next", "F8: run to the next event of this kind (Shift+F8: back to the previous)",
                () -> controller.nextEvent(eventKind.getValue().matcher(), eventKind.getValue().toString())),
            button("previous-event", "Previous", "Shift+F8: back to the previous event of this kind",
                () -> controller.previousEvent(eventKind.getValue().matcher(), eventKind.getValue().toString())),
            button("reset", "Reset", "back to the start of the lab", controller::reset),
            goToField(),
            new Label("core"), core);
    }

    /** The "go to" field: Enter goes to a tick (of the selected core), a cycle, a position or an event. */
    private javafx.scene.control.TextField goToField() {
        goTo.setId("go-to");
        goTo.setPromptText("go to: tick 6, #412, 937");
        goTo.setPrefColumnCount(14);
        goTo.setTooltip(new Tooltip("Enter goes to a tick of the selected core ('tick 6'), a cycle ('cycle 5333333'),"
            + " a position ('937') or a trace event ('#412'); also: double-click an event row or a narration line"));
        goTo.setOnAction(e -> {
            try {
                goTo(GoToTarget.parse(goTo.getText()));
            } catch (IllegalArgumentException bad) {
                goToError = bad.getMessage();
                refresh();
            }
        });
        return goTo;
    }

    /** Goes to {@code target}; a tick counts on the selected core. */
    public void goTo(GoToTarget target) {
        goToError = null;
        controller.goTo(target, selectedCore());
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The keys of the issue: F5 run, F6 pause, F7 step, F8 next event, Shift for back; Ctrl +/- scale. */
    public void installKeys(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F5), this::run);
        keys.put(new KeyCodeCombination(KeyCode.F6), controller::pause);
        keys.put(new KeyCodeCombination(KeyCode.F7), controller::step);
        keys.put(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), controller::stepBack);
        keys.put(new KeyCodeCombination(KeyCode.F10), () -> controller.stepLine(selectedCore()));
        keys.put(new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN), () -> controller.backLine(selectedCore()));
        keys.put(new KeyCodeCombination(KeyCode.F11), docking::toggleMaximised);
        keys.put(new KeyCodeCombination(KeyCode.F8),
            () -> controller.nextEvent(eventKind.getValue().matcher(), eventKind.getValue().toString()));
        keys.put(new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN),
            () -> controller.previousEvent(eventKind.getValue().matcher(), eventKind.getValue().toString()));
        projector.installKeys(scene);
    }

    /** Run: at the chosen speed, watched, to the first breakpoint that hits, the end, or a pause. */
    private void run() {
        Breakpoints all = allBreakpoints();
        if (speed.getValue().startsWith("full")) {
            controller.runToBreakpoints(all);
        } else {
            controller.runPaced(Integer.parseInt(speed.getValue().split(" ")[0]), all);
        }
    }

    /** The panel's breakpoints and the source view's line breakpoints together. */
    public Breakpoints allBreakpoints() {
        Breakpoints all = breakpointsPanel.breakpoints();
        for (SourceLine line : source.breakpoints()) {
            all = all.with(new DebugBreakpoint.OnSourceLine(line));
        }
        return all;
    }

    public BreakpointsView breakpoints() {
        return breakpointsPanel;
    }

    public SourceView source() {
        return source;
    }

    public EventsView events() {
        return events;
    }

    public MemoryView memory() {
        return memory;
    }

    public eduscc.visualizer.paging.PagingView paging() {
        return paging;
    }

    public eduscc.visualizer.processes.ProcessTreeView processes() {
        return processes;
    }

    public eduscc.visualizer.lguest.LguestView lguest() {
        return lguest;
    }

    public eduscc.visualizer.mpb.MpbView mpb() {
        return mpb;
    }

    public ConsoleView console() {
        return console;
    }

    /** Brings the memory view to the front at {@code where} (the CPU view's "Show in memory"). */
    public void showInMemory(eduscc.visualizer.memory.Landmark where) {
        memory.goTo(where.space(), where.address());
        select("Memory");
    }

    /** Adds a view as a tab; the window keeps it up to date. */
    public void dock(DockedView view) {
        views.add(view);
        Tab tab = new Tab(view.title(), view.node());
        tab.setClosable(false);
        tab.setId("tab-" + view.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        docking.addMenu(tab);
        tabs.getTabs().add(tab);
        viewTabs.put(view, tab);
        // Detached into its own window (or back): it may be seen now, so it draws what it missed.
        view.node().sceneProperty().addListener((o, before, now) -> catchUp());
        if (shown != null) {
            view.show(shown, selectedCore());
        }
    }

    /** Brings the tab with this title (or id suffix) to the front, e.g. "events". */
    /**
     * Selects the tab whose title starts with {@code title}, ignoring case ("cpu", "descriptor",
     * "run queues"); an unknown name is an error that lists the tabs.
     */
    public void select(String title) {
        String wanted = title.trim().toLowerCase(java.util.Locale.ROOT);
        for (Tab tab : tabs.getTabs()) {
            String text = tab.getText().toLowerCase(java.util.Locale.ROOT);
            if (text.startsWith(wanted) || tab.getId().equalsIgnoreCase("tab-" + title)) {
                tabs.getSelectionModel().select(tab);
                return;
            }
        }
        throw new IllegalArgumentException("no view called '" + title + "'; the views are "
            + tabs.getTabs().stream().map(Tab::getText).toList());
    }

    public Parent root() {
        return root;
    }

    /** The UI scale and the high-contrast theme (Ctrl +, Ctrl -, Ctrl 0, Ctrl H). */
    public Projector projector() {
        return projector;
    }

    /** F11's presentation layout on or off (the application makes the stage full screen meanwhile). */
    public void setPresenting(boolean on) {
        docking.presentation().set(on);
    }

    /** The timeline (for tests: the font its canvas uses). */
    TimelineView timelineView() {
        return timeline;
    }

    /** The mesh panel (for tests: the font its painter uses). */
    MeshView meshView() {
        return mesh;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty presentingProperty() {
        return docking.presentation().onProperty();
    }

    public DebuggerController controller() {
        return controller;
    }

    /** Selects core {@code pid} as the core box and a click on the mesh do; it must be one of the lab's cores. */
    public void selectCore(int pid) {
        if (!core.getItems().contains(pid)) {
            throw new IllegalArgumentException("core " + pid + " is not in the lab " + controller.session().lab().name()
                + "; its cores are " + core.getItems());
        }
        mesh.selectedCoreProperty().set(pid);
        core.setValue(pid);
        redraw();
    }

    public int selectedCore() {
        return core.getValue() == null ? core.getItems().get(0) : core.getValue();
    }

    /** Takes the latest snapshot; tests call it after a command has completed. */
    public void refresh() {
        DebugSnapshot latest = controller.session().snapshot();
        if (latest != shown) {
            shown = latest;
            redraw();
        }
        status.setText(String.format("%s: position %d, %s%s%s", shown.lab(), shown.position(), shown.status(),
            controller.isRunning() ? " (running)" : "",
            controller.lastError() == null ? "" : " | last command failed: " + controller.lastError())
            + (goToError == null ? "" : " | " + goToError));
    }

    private void redraw() {
        if (shown == null) {
            return;
        }
        mesh.show(shown);
        for (DockedView view : views) {
            if (visible(view)) {
                view.show(shown, selectedCore());
                stale.remove(view);
            } else {
                stale.add(view);
            }
        }
    }

    /**
     * A view draws a snapshot only while someone can see it: its tab is the selected one, or it
     * was detached into a window of its own. A hidden view catches up when its tab is selected,
     * so a frame costs the views on screen, not all of them.
     */
    private boolean visible(DockedView view) {
        Tab tab = viewTabs.get(view);
        // The selection model, not Tab.isSelected(): the tab's flag is set after the listeners of
        // the selection run, and catchUp() is one of them.
        if (tab == null || tab == tabs.getSelectionModel().getSelectedItem()) {
            return true;
        }
        javafx.scene.Scene own = view.node().getScene();
        return own != null && own != root.getScene();
    }

    /** Shows the current snapshot to every view that missed one while hidden and can be seen now. */
    private void catchUp() {
        if (shown == null) {
            return;
        }
        for (DockedView view : List.copyOf(stale)) {
            if (visible(view)) {
                view.show(shown, selectedCore());
                stale.remove(view);
            }
        }
    }

    /** How many views have a snapshot they have not drawn yet because nobody sees them (tests). */
    int hiddenStaleViews() {
        return stale.size();
    }

    /**
     * {@link #refresh()} for the frame bench: takes the latest snapshot and shows it, adding each
     * view's time in nanoseconds to {@code nanos} under its title ("mesh" for the mesh).
     */
    void refreshTimed(java.util.Map<String, Long> nanos) {
        frames.stop(); // the bench decides when a frame is drawn, not the window's own timer
        DebugSnapshot latest = controller.session().snapshot();
        if (latest == shown) {
            refresh();
            return;
        }
        shown = latest;
        long start = System.nanoTime();
        mesh.show(shown);
        nanos.put("mesh", System.nanoTime() - start);
        for (DockedView view : views) {
            if (visible(view)) {
                start = System.nanoTime();
                view.show(shown, selectedCore());
                nanos.merge(view.title(), System.nanoTime() - start, Long::sum);
                stale.remove(view);
            } else {
                stale.add(view);
            }
        }
        refresh();
    }

    /**
     * Stops the frame timer and closes the session. Callable from any thread: JavaFX 21's
     * AnimationTimer must be stopped on the FX thread, or a pulse that is just running its
     * timers fails with a NullPointerException inside JavaFX.
     */
    public void stop() {
        if (Platform.isFxApplicationThread()) {
            frames.stop();
        } else {
            Platform.runLater(frames::stop);
        }
        controller.close();
    }

    /** The selected core's samples of the lab's switchSamples steps, or the first sampling core's; none without. */
    private static eduscc.kernel.bench.LatencySamples labSamples(DebugSnapshot snapshot, int core) {
        var all = snapshot.switchSamples();
        if (all.containsKey(core)) {
            return all.get(core);
        }
        return all.isEmpty() ? new eduscc.kernel.bench.LatencySamples(LatencyPlot.THIS_LAB, new long[0])
            : all.get(all.firstKey());
    }

    /** A docked view made of a node and a show function. */
    private record SimpleView(String title, Node node, java.util.function.BiConsumer<DebugSnapshot, Integer> shower)
        implements DockedView {
        @Override
        public void show(DebugSnapshot snapshot, int core) {
            shower.accept(snapshot, core);
        }
    }
}
