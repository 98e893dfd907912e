package eduscc.visualizer.cpu;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.cpu.Registers;
import eduscc.visualizer.app.PreviousSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The CPU panel: a grid of one core's registers in monospace hex, EFLAGS, CR0 and CR4 as rows of
 * small labelled bit cells ({@code PE=1}), and the segment registers with their hidden caches. It
 * only draws a {@link CpuViewModel}; a value that changed since the previous {@link #show} gets
 * the style class {@code changed}, and the line at the bottom names it in words.
 *
 * <p>Node ids: {@code #reg-eax} .. {@code #reg-edi}, {@code #reg-eip}, {@code #reg-eflags},
 * {@code #reg-cr0} .. {@code #reg-cr4}, bits {@code #eflags-ZF}, {@code #cr0-PE}, {@code #cr4-MPE}
 * (class {@code set} or {@code clear}), {@code #seg-cs-selector} and {@code -base}, {@code -limit},
 * {@code -type}, {@code -dpl}, {@code -present}, {@code -size} for cs..gs, ldtr and tr,
 * {@code #reg-gdtr}, {@code #reg-idtr}, {@code #reg-tsc}, {@code #cpu-mode}, {@code #cpu-cpl},
 * {@code #cpu-changes}; the caches: {@code #cache-L1I-hits}, {@code #cache-L1D-misses} and so on
 * for L1I, L1D, L2, ITLB and DTLB, {@code #cache-write-stalls}, {@code #cache-last-misses}.
 *
 * <p>On a projector (Ctrl + up to 300 %) nothing is cut to "...": every label is at least as wide
 * as its text, the register pairs and the bit cells wrap onto more lines as the panel gets
 * narrow, and the whole view scrolls (the segment table sideways too) when it is still too large.
 */
public final class CpuView {
    private static final String STYLESHEET = "/eduscc/visualizer/debugger.css";
    private static final String[] SEGMENT_COLUMNS = {"selector", "base", "limit", "type", "dpl", "present", "size"};

    private final VBox root = new VBox();
    private final ScrollPane scroll = new ScrollPane(root);
    private final Label title = new Label();
    private final Map<String, Label> values = new HashMap<>();
    private final FlowPane eflagsBits = bitRow("eflags-bits");
    private final FlowPane cr0Bits = bitRow("cr0-bits");
    private final FlowPane cr4Bits = bitRow("cr4-bits");
    private final Label changes = new Label();
    private DebugSnapshot previous;
    private int previousCore = -1;
    /** The model drawn last: a frame whose model is the same (the core did not move) changes no node. */
    private CpuViewModel drawn;
    private CacheViewModel drawnCaches;
    private int redraws;
    private java.util.function.Consumer<eduscc.visualizer.memory.Landmark> showInMemory = l -> { };

    public CpuView() {
        root.getStyleClass().add("cpu-view");
        root.getStylesheets().add(CpuView.class.getResource(STYLESHEET).toExternalForm());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("cpu-scroll");
        title.setId("cpu-title");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        FlowPane state = pairs("cpu-state");
        addPair(state, "mode", "cpu-mode");
        addPair(state, "CPL", "cpu-cpl");
        addPair(state, "TSC (cycles)", "reg-tsc");
        FlowPane gprs = pairs("gprs");
        for (int i = 0; i < Registers.GPR_NAMES.length; i++) {
            addPair(gprs, Registers.GPR_NAMES[i], "reg-" + Registers.GPR_NAMES[i]);
        }
        addPair(gprs, "eip", "reg-eip");
        addPair(gprs, "eflags", "reg-eflags");
        addPair(gprs, "cr2", "reg-cr2");
        addPair(gprs, "cr3", "reg-cr3");
        addPair(gprs, "cr0", "reg-cr0");
        addPair(gprs, "cr4", "reg-cr4");
        FlowPane tables = pairs("descriptor-tables");
        addPair(tables, "gdtr", "reg-gdtr");
        addPair(tables, "idtr", "reg-idtr");
        GridPane segments = grid("segments");
        segments.add(header("reg"), 0, 0);
        for (int c = 0; c < SEGMENT_COLUMNS.length; c++) {
            segments.add(header(SEGMENT_COLUMNS[c]), c + 1, 0);
        }
        String[] rows = {"cs", "ss", "ds", "es", "fs", "gs", "ldtr", "tr"};
        for (int r = 0; r < rows.length; r++) {
            segments.add(header(rows[r]), 0, r + 1);
            for (int c = 0; c < SEGMENT_COLUMNS.length; c++) {
                segments.add(value("seg-" + rows[r] + "-" + SEGMENT_COLUMNS[c]), c + 1, r + 1);
            }
        }
        changes.setId("cpu-changes");
        changes.getStyleClass().add("changes");
        changes.setWrapText(true);
        // The segment table cannot wrap; it scrolls sideways on its own, so that it does not widen
        // the whole view and stop the register pairs and bit cells above it from wrapping.
        ScrollPane segmentScroll = new ScrollPane(segments);
        segmentScroll.setId("segments-scroll");
        segmentScroll.setFitToHeight(true);
        segmentScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        segmentScroll.getStyleClass().add("segment-scroll");
        segmentScroll.minHeightProperty().bind(segments.heightProperty().add(18));
        root.getChildren().addAll(title, state, tables, gprs, caption("EFLAGS"), eflagsBits, caption("CR0"), cr0Bits,
            caption("CR4"), cr4Bits, caption("segment registers: selector and hidden cache"), segmentScroll,
            caption("Caches: hits and misses since reset"), cacheGrid(), cacheTotals(), changes);
        MemoryLinks.IDS.forEach(this::linkToMemory);
    }

    private GridPane cacheGrid() {
        GridPane g = grid("caches");
        g.add(header("cache"), 0, 0);
        g.add(header("hits"), 1, 0);
        g.add(header("misses"), 2, 0);
        eduscc.machine.cache.Level[] levels = eduscc.machine.cache.Level.values();
        for (int r = 0; r < levels.length; r++) {
            g.add(header(levels[r].label()), 0, r + 1);
            g.add(value("cache-" + levels[r].name() + "-hits"), 1, r + 1);
            g.add(value("cache-" + levels[r].name() + "-misses"), 2, r + 1);
        }
        return g;
    }

    private FlowPane cacheTotals() {
        FlowPane p = pairs("cache-totals");
        addPair(p, "write stalls", "cache-write-stalls");
        addPair(p, "last step missed", "cache-last-misses");
        return p;
    }

    /**
     * What "Show in memory" on an address (GDTR, IDTR, ESP, EBP, EIP, CR3, a segment base) does
     * with it: the window opens the memory view there.
     */
    public void setOnShowInMemory(java.util.function.Consumer<eduscc.visualizer.memory.Landmark> action) {
        showInMemory = action;
    }

    /** A context menu item and a double-click that show the address in this label in the memory view. */
    private void linkToMemory(String id) {
        Label label = values.get(id);
        Runnable go = () -> {
            if (previous != null) {
                MemoryLinks.of(id, previous.machine().core(previousCore)).ifPresent(showInMemory);
            }
        };
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Show in memory");
        item.setOnAction(e -> go.run());
        label.setContextMenu(new javafx.scene.control.ContextMenu(item));
        label.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                go.run();
            }
        });
        label.setTooltip(new javafx.scene.control.Tooltip("double-click or right-click: show in memory"));
    }

    /** The view, in a scroll pane of its own: at a large scale it may be taller or wider than its tab. */
    public Node node() {
        return scroll;
    }

    /** Shows {@code core}'s registers in {@code snapshot}, highlighting what changed since the last call for it. */
    public void show(DebugSnapshot snapshot, int core) {
        CpuViewModel m = CpuViewModel.of(snapshot,
            PreviousSnapshot.of(snapshot, core == previousCore ? previous : null), core);
        previous = snapshot;
        previousCore = core;
        CacheViewModel caches = CacheViewModel.of(snapshot.machine().core(core).caches());
        if (m.equals(drawn) && caches.equals(drawnCaches)) {
            return;
        }
        drawn = m;
        drawnCaches = caches;
        drawCaches(caches);
        redraws++;
        title.setText("CPU, core " + core + " (" + m.state().toLowerCase() + ")"
            + (m.task().isEmpty() ? "" : ", task " + m.task()));
        set("cpu-mode", m.mode());
        set("cpu-cpl", m.cpl());
        set("reg-tsc", m.tsc());
        m.registers().forEach((name, v) -> set("reg-" + name, v));
        set("reg-eip", m.eip());
        set("reg-eflags", m.eflags());
        set("reg-cr0", m.cr0());
        set("reg-cr2", m.cr2());
        set("reg-cr3", m.cr3());
        set("reg-cr4", m.cr4());
        set("reg-gdtr", m.gdtr());
        set("reg-idtr", m.idtr());
        m.segments().forEach(this::setSegment);
        setSegment(m.ldtr());
        setSegment(m.tr());
        drawBits(eflagsBits, "eflags", m.eflagsBits());
        drawBits(cr0Bits, "cr0", m.cr0Bits());
        drawBits(cr4Bits, "cr4", m.cr4Bits());
        changes.setText(m.changes().isEmpty() ? "No change since the last step."
            : "Changed since the last step: " + String.join(", ", m.changes()) + ".");
    }

    private void drawCaches(CacheViewModel caches) {
        for (CacheViewModel.Row row : caches.rows()) {
            values.get("cache-" + row.id() + "-hits").setText(row.hits());
            values.get("cache-" + row.id() + "-misses").setText(row.misses());
        }
        values.get("cache-write-stalls").setText(caches.writeStalls());
        values.get("cache-last-misses").setText(caches.lastMisses());
    }

    private void setSegment(SegmentRow s) {
        Value[] cells = {s.selector(), s.base(), s.limit(), s.type(), s.dpl(), s.present(), s.size()};
        for (int c = 0; c < cells.length; c++) {
            set("seg-" + s.name() + "-" + SEGMENT_COLUMNS[c], cells[c]);
        }
    }

    private void set(String id, Value v) {
        Label l = values.get(id);
        l.setText(v.text());
        mark(l, v.changed());
    }

    /** Highest bit on the left, as the SDM draws the registers. */
    private static void drawBits(FlowPane row, String register, List<FlagCell> bits) {
        row.getChildren().clear();
        for (int i = bits.size() - 1; i >= 0; i--) {
            FlagCell b = bits.get(i);
            Label cell = whole(new Label(b.text()));
            cell.setId(register + "-" + b.name());
            cell.getStyleClass().addAll("bit-cell", b.set() ? "set" : "clear");
            mark(cell, b.changed());
            row.getChildren().add(cell);
        }
    }

    private static void mark(Label l, boolean changed) {
        l.getStyleClass().remove("changed");
        if (changed) {
            l.getStyleClass().add("changed");
        }
    }

    /** A register's name and value side by side; the pairs of a group wrap as a whole. */
    private void addPair(FlowPane group, String name, String id) {
        Label n = header(name);
        n.getStyleClass().add("pair-name");
        HBox pair = new HBox(n, value(id));
        pair.getStyleClass().add("register-pair");
        group.getChildren().add(pair);
    }

    /** A label never narrower than its text: its parent grows or scrolls instead of cutting it to "...". */
    private static Label whole(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label value(String id) {
        Label l = whole(new Label());
        l.setId(id);
        l.getStyleClass().add("value");
        values.put(id, l);
        return l;
    }

    private static Label header(String text) {
        Label l = whole(new Label(text));
        l.getStyleClass().add("name");
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("caption");
        return l;
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.getStyleClass().add("register-grid");
        return g;
    }

    private static FlowPane pairs(String id) {
        FlowPane g = new FlowPane();
        g.setId(id);
        g.getStyleClass().addAll("register-grid", "register-pairs");
        return g;
    }

    private static FlowPane bitRow(String id) {
        FlowPane row = new FlowPane();
        row.setId(id);
        row.getStyleClass().add("bit-row");
        return row;
    }

    /** How often the nodes were redrawn (a snapshot that changed nothing here is not counted). */
    int redraws() {
        return redraws;
    }
}
