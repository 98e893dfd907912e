package eduscc.visualizer.cpu;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.cpu.Registers;
import eduscc.visualizer.app.PreviousSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
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
 * {@code #cpu-changes}.
 */
public final class CpuView {
    private static final String STYLESHEET = "/eduscc/visualizer/debugger.css";
    private static final String[] SEGMENT_COLUMNS = {"selector", "base", "limit", "type", "dpl", "present", "size"};

    private final VBox root = new VBox();
    private final Label title = new Label();
    private final Map<String, Label> values = new HashMap<>();
    private final HBox eflagsBits = bitRow("eflags-bits");
    private final HBox cr0Bits = bitRow("cr0-bits");
    private final HBox cr4Bits = bitRow("cr4-bits");
    private final Label changes = new Label();
    private DebugSnapshot previous;
    private int previousCore = -1;
    /** The model drawn last: a frame whose model is the same (the core did not move) changes no node. */
    private CpuViewModel drawn;
    private int redraws;
    private java.util.function.Consumer<eduscc.visualizer.memory.Landmark> showInMemory = l -> { };

    public CpuView() {
        root.getStyleClass().add("cpu-view");
        root.getStylesheets().add(CpuView.class.getResource(STYLESHEET).toExternalForm());
        title.setId("cpu-title");
        title.getStyleClass().add("panel-title");
        GridPane state = grid("cpu-state");
        addPair(state, 0, 0, "mode", "cpu-mode");
        addPair(state, 1, 0, "CPL", "cpu-cpl");
        addPair(state, 2, 0, "TSC (cycles)", "reg-tsc");
        GridPane gprs = grid("gprs");
        for (int i = 0; i < Registers.GPR_NAMES.length; i++) {
            addPair(gprs, i % 4, i / 4, Registers.GPR_NAMES[i], "reg-" + Registers.GPR_NAMES[i]);
        }
        addPair(gprs, 0, 2, "eip", "reg-eip");
        addPair(gprs, 1, 2, "eflags", "reg-eflags");
        addPair(gprs, 2, 2, "cr2", "reg-cr2");
        addPair(gprs, 3, 2, "cr3", "reg-cr3");
        addPair(gprs, 0, 3, "cr0", "reg-cr0");
        addPair(gprs, 1, 3, "cr4", "reg-cr4");
        GridPane tables = grid("descriptor-tables");
        addPair(tables, 0, 0, "gdtr", "reg-gdtr");
        addPair(tables, 1, 0, "idtr", "reg-idtr");
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
        root.getChildren().addAll(title, state, tables, gprs, caption("EFLAGS"), eflagsBits, caption("CR0"), cr0Bits,
            caption("CR4"), cr4Bits, caption("segment registers: selector and hidden cache"), segments, changes);
        MemoryLinks.IDS.forEach(this::linkToMemory);
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

    public Node node() {
        return root;
    }

    /** Shows {@code core}'s registers in {@code snapshot}, highlighting what changed since the last call for it. */
    public void show(DebugSnapshot snapshot, int core) {
        CpuViewModel m = CpuViewModel.of(snapshot,
            PreviousSnapshot.of(snapshot, core == previousCore ? previous : null), core);
        previous = snapshot;
        previousCore = core;
        if (m.equals(drawn)) {
            return;
        }
        drawn = m;
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
    private static void drawBits(HBox row, String register, List<FlagCell> bits) {
        row.getChildren().clear();
        for (int i = bits.size() - 1; i >= 0; i--) {
            FlagCell b = bits.get(i);
            Label cell = new Label(b.text());
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

    private void addPair(GridPane grid, int column, int row, String name, String id) {
        grid.add(header(name), column * 2, row);
        grid.add(value(id), column * 2 + 1, row);
    }

    private Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("value");
        values.put(id, l);
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("name");
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("caption");
        return l;
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.getStyleClass().add("register-grid");
        return g;
    }

    private static HBox bitRow(String id) {
        HBox row = new HBox();
        row.setId(id);
        row.getStyleClass().add("bit-row");
        return row;
    }

    /** How often the nodes were redrawn (a snapshot that changed nothing here is not counted). */
    int redraws() {
        return redraws;
    }
}
