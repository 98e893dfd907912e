package eduscc.visualizer.memory;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.LastWrites;
import eduscc.labs.debug.MemoryWindow;
import eduscc.machine.snapshot.MemoryDump;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The memory view: hex and ASCII of any linear or physical address of the selected core, the
 * bytes the last command wrote marked, and buttons that go to the core's GDT, IDT, TSS, stack,
 * code, page directory and MPB. The bytes come from the simulation thread, read at a pause by the
 * non-disturbing probe (DESIGN §5: the window never reads live state): a "go to" asks for them
 * through {@code reader}, and every later snapshot carries the window read at its own pause.
 *
 * <p>Node ids: {@code #memory-space}, {@code #memory-address}, {@code #memory-go},
 * {@code #memory-earlier}, {@code #memory-later}, {@code #memory-goto-gdt} (and -idt, -tss, -esp,
 * -eip, -cr3, -mpb), {@code #memory-title}, {@code #memory-writes}, {@code #memory-problems},
 * {@code #memory-dump} (written bytes have the style class {@code written}).
 */
public final class MemoryView {
    /** 32 rows: a GDT of the kit's 64 entries, or a TSS with the stack around it. */
    public static final int WINDOW_BYTES = 512;

    private final Function<MemoryWindow, CompletableFuture<MemoryDump>> reader;
    private final ComboBox<MemoryDump.Space> space = new ComboBox<>();
    private final TextField address = new TextField();
    private final FlowPane jumps = new FlowPane();
    private final Label title = new Label();
    private final Label writes = new Label();
    private final Label problems = new Label();
    private final StyleClassedTextArea dump = new StyleClassedTextArea();
    private final VBox root = new VBox();
    private List<Landmark> landmarks = List.of();
    private DebugSnapshot snapshot;
    private MemoryWindow window;
    private int core = -1;
    private int target;
    /** Until the user goes somewhere, the view follows the core's GDT (or its code before there is one). */
    private boolean chosen;
    private MemoryViewModel model;
    /** The snapshot a read was asked for last, so that one snapshot causes at most one read. */
    private DebugSnapshot askedFor;
    /** The read in flight, if any, and the window it is for. */
    private CompletableFuture<MemoryDump> pending;
    private MemoryWindow pendingWindow;

    public MemoryView(Function<MemoryWindow, CompletableFuture<MemoryDump>> reader) {
        this.reader = reader;
        root.getStylesheets().add(MemoryView.class.getResource("memory.css").toExternalForm());
        root.getStyleClass().add("memory-view");
        space.setId("memory-space");
        space.getItems().setAll(MemoryDump.Space.values());
        space.setValue(MemoryDump.Space.LINEAR);
        space.setTooltip(new Tooltip("linear: through the core's paging, then its LUT; physical: through its LUT only"));
        address.setId("memory-address");
        address.setPromptText("hex address or gdt, idt, tss, esp, eip, cr3, mpb");
        address.setOnAction(e -> goToTyped());
        Button go = button("memory-go", "Go", "show memory from this address", this::goToTyped);
        Button earlier = button("memory-earlier", "\u25C0", "the 512 bytes before", () -> move(-WINDOW_BYTES));
        Button later = button("memory-later", "\u25B6", "the 512 bytes after", () -> move(WINDOW_BYTES));
        Label caption = new Label("address");
        address.setPrefColumnCount(12);
        // A flow, not a row: on a projector the bar wraps rather than cut "Go" to "...".
        FlowPane bar = new FlowPane(caption, space, address, go, earlier, later);
        bar.getStyleClass().add("memory-bar");
        for (Node n : bar.getChildren()) {
            if (n instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        jumps.getStyleClass().add("memory-jumps");
        title.setId("memory-title");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        writes.setId("memory-writes");
        writes.setWrapText(true);
        problems.setId("memory-problems");
        problems.getStyleClass().add("memory-problems");
        problems.setWrapText(true);
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        dump.setId("memory-dump");
        dump.setEditable(false);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(dump);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(bar, jumps, title, writes, problems, scroll);
    }

    public Node node() {
        return root;
    }

    /** Shows memory of the selected core from {@code at} on (in {@code where}); other views call this. */
    public void goTo(MemoryDump.Space where, int at) {
        chosen = true;
        open(where, at);
    }

    private void open(MemoryDump.Space where, int at) {
        space.setValue(where);
        address.setText(String.format("0x%08X", at));
        target = at;
        // The window ends at 0xFFFFFFFF at the latest (the reset vector 0xFFFFFFF0 is near the top).
        long start = Math.min(Integer.toUnsignedLong(at) & ~(MemoryViewModel.BYTES_PER_ROW - 1L), (1L << 32) - WINDOW_BYTES);
        window = new MemoryWindow(Math.max(core, 0), where, (int) start, WINDOW_BYTES);
        ask();
    }

    /** The snapshot's window if it is this view's, otherwise a read at the next pause. */
    public void show(DebugSnapshot next, int selectedCore) {
        snapshot = next;
        landmarks = Landmark.of(next.machine().core(selectedCore));
        drawJumps();
        Landmark standard = landmarks.stream().filter(l -> l.name().equals("GDT")).findFirst()
            .orElse(landmarks.stream().filter(l -> l.name().equals("EIP")).findFirst().orElseThrow());
        boolean follow = !chosen && (window == null || window.address() != (standard.address() & ~0xF));
        if (window == null || selectedCore != core || follow) {
            core = selectedCore;
            if (window == null || follow) {
                open(standard.space(), standard.address());
            } else {
                window = new MemoryWindow(core, window.space(), window.address(), window.length());
                ask();
            }
            return;
        }
        MemoryDump carried = next.memory();
        if (carried != null && carried.pid() == window.core() && carried.space() == window.space()
            && carried.address() == window.address() && carried.length() == window.length()) {
            display(carried);
        } else if (askedFor != next) {
            ask();
        }
    }

    /** What the view shows now (tests read it). */
    public MemoryViewModel model() {
        return model;
    }

    private void ask() {
        MemoryWindow asked = window;
        askedFor = snapshot;
        pendingWindow = asked;
        pending = reader.apply(asked);
        pending.whenComplete((bytes, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                problems.setText("could not read memory: " + cause.getMessage());
            } else if (asked.equals(window)) {
                display(bytes);
            }
        }));
    }

    /**
     * Waits for the read in flight and draws it at once; for a caller on the FX thread that must
     * render now (the screenshot command). The read runs on the simulation thread, so this only
     * waits for commands already queued there.
     */
    public void awaitRead() {
        if (pending != null && pendingWindow.equals(window)) {
            display(pending.join());
        }
    }

    private void display(MemoryDump bytes) {
        model = MemoryViewModel.of(bytes, snapshot == null ? LastWrites.NONE : snapshot.lastWrites(),
            target, landmarks);
        title.setText(model.title());
        writes.setText(model.writes());
        problems.setText(model.problems());
        dump.replaceText(model.text());
        // A byte may be both written and the one asked for: its range gets both classes.
        TreeMap<Integer, MemoryViewModel.Mark> ranges = new TreeMap<>();
        Map<Integer, List<String>> styles = new HashMap<>();
        for (MemoryViewModel.Mark mark : model.marks()) {
            ranges.putIfAbsent(mark.start(), mark);
            styles.computeIfAbsent(mark.start(), k -> new ArrayList<>()).add(mark.style());
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (MemoryViewModel.Mark mark : ranges.values()) {
            spans.add(List.of(), mark.start() - at);
            spans.add(styles.get(mark.start()), mark.end() - mark.start());
            at = mark.end();
        }
        spans.add(List.of(), model.text().length() - at);
        dump.setStyleSpans(0, spans.create());
    }

    private void goToTyped() {
        Optional<Landmark> parsed = AddressInput.parse(address.getText(), landmarks);
        if (parsed.isEmpty()) {
            problems.setText(AddressInput.problem(address.getText(), landmarks));
            return;
        }
        Landmark l = parsed.get();
        goTo(l.space() == null ? space.getValue() : l.space(), l.address());
    }

    private void move(int bytes) {
        if (window != null) {
            goTo(window.space(), window.address() + bytes);
        }
    }

    /** One button per landmark of the selected core; rebuilt only when the names change. */
    private void drawJumps() {
        List<String> names = landmarks.stream().map(Landmark::name).toList();
        List<String> shown = jumps.getChildren().stream().map(n -> ((Button) n).getText()).toList();
        if (names.equals(shown)) {
            return;
        }
        jumps.getChildren().clear();
        for (Landmark l : landmarks) {
            String id = "memory-goto-" + l.name().toLowerCase(Locale.ROOT);
            jumps.getChildren().add(button(id, l.name(), "go to the " + l.name() + " of this core (" + l.space() + ")",
                () -> landmarks.stream().filter(m -> m.name().equals(l.name())).findFirst()
                    .ifPresent(m -> goTo(m.space(), m.address()))));
        }
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
