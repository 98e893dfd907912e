package eduscc.visualizer.descriptors;

import eduscc.visualizer.app.DockedView;
import eduscc.visualizer.app.PreviousSnapshot;
import eduscc.labs.debug.DebugSnapshot;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The descriptor panel: GDT, IDT and TSS tabs drawn from a {@link DescriptorTablesViewModel}. Rows
 * and fields the last step changed carry the style class {@code changed}; unused GDT entries and
 * empty gates carry {@code unused}. Everything that is decided lives in the view model.
 *
 * <p>Ids for tests: {@code #gdt-header}, {@code #gdt-table}, {@code #idt-header}, {@code #idt-table},
 * {@code #tss-title}, {@code #tss-table}, {@code #saved-tss-title}, {@code #saved-tss-table}.
 */
public final class DescriptorTablesView implements DockedView {
    /** "FF FF 00 00 00 9A CF 00": eight bytes in hex with spaces. */
    private static final int BYTES = 23;
    private static final String CHARS = "eduscc.chars";
    private static final String MONOSPACED = "Monospaced";

    private final TabPane root = new TabPane();
    private final Label gdtHeader = label("gdt-header");
    private final TableView<GdtRow> gdt = new TableView<>();
    private final Label idtHeader = label("idt-header");
    private final TableView<GateRow> idt = new TableView<>();
    private final Label tssTitle = label("tss-title");
    private final TableView<TssPanel.Field> tss = new TableView<>();
    private final Label savedTitle = label("saved-tss-title");
    private final TableView<TssPanel.Field> savedTss = new TableView<>();
    private final VBox savedBox = new VBox(4, savedTitle, savedTss);
    private final PreviousSnapshot previous = new PreviousSnapshot();
    /** The GDT column naming each TSS descriptor's task; it widens for a lab with long task names. */
    private final TableColumn<GdtRow, String> owners;
    private java.util.function.Consumer<eduscc.visualizer.memory.Landmark> showInMemory = l -> { };
    private DescriptorTablesViewModel shown;

    public DescriptorTablesView() {
        root.getStyleClass().add("descriptor-tables");
        root.getStylesheets().add(DescriptorTablesView.class.getResource("descriptors.css").toExternalForm());
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        gdt.setId("gdt-table");
        column(gdt, "#", 3, r -> Integer.toString(r.index()));
        column(gdt, "sel", 4, GdtRow::selectorText);
        owners = column(gdt, "TSS of", 12, GdtRow::owner);
        column(gdt, "bytes in memory", BYTES, GdtRow::bytes);
        column(gdt, "base", 8, GdtRow::baseText);
        column(gdt, "limit", 8, GdtRow::limitText);
        column(gdt, "G", 1, r -> bit(r.granularity()));
        column(gdt, "D/B", 3, r -> bit(r.defaultBig()));
        column(gdt, "P", 1, r -> bit(r.present()));
        column(gdt, "DPL", 3, r -> Integer.toString(r.dpl()));
        column(gdt, "S", 1, r -> bit(!r.system()));
        column(gdt, "type", 26, GdtRow::type);
        marked(gdt, GdtRow::changed, GdtRow::unused);
        idt.setId("idt-table");
        column(idt, "vector", 6, GateRow::vectorText);
        column(idt, "", 4, GateRow::name);
        column(idt, "bytes in memory", BYTES, GateRow::bytes);
        column(idt, "selector", 8, GateRow::selectorText);
        column(idt, "offset", 8, GateRow::offsetText);
        column(idt, "gate", 20, GateRow::kind);
        column(idt, "DPL", 3, r -> r.empty() ? "" : Integer.toString(r.dpl()));
        column(idt, "P", 1, r -> bit(r.present()));
        marked(idt, GateRow::changed, GateRow::empty);
        tss.setId("tss-table");
        savedTss.setId("saved-tss-table");
        for (TableView<TssPanel.Field> table : List.of(tss, savedTss)) {
            column(table, "offset", 6, f -> String.format("%02X", f.offset()));
            column(table, "field", 10, TssPanel.Field::name);
            column(table, "value", 24, TssPanel.Field::text);
            marked(table, TssPanel.Field::changed, f -> false);
        }
        VBox.setVgrow(tss, Priority.ALWAYS);
        VBox.setVgrow(savedTss, Priority.ALWAYS);
        HBox tssPanels = new HBox(8, new VBox(4, tssTitle, tss), savedBox);
        HBox.setHgrow(tssPanels.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(savedBox, Priority.ALWAYS);
        gdtHeader.fontProperty().addListener((o, was, font) -> fitColumns(font));
        fitColumns(gdtHeader.getFont());
        gdt.setContextMenu(memoryMenu("Show this descriptor's base in memory", () -> {
            GdtRow row = gdt.getSelectionModel().getSelectedItem();
            return row == null || row.unused() ? null : new eduscc.visualizer.memory.Landmark(
                "GDT entry " + row.index() + " base", eduscc.machine.snapshot.MemoryDump.Space.LINEAR, row.base());
        }));
        tss.setContextMenu(memoryMenu("Show this TSS in memory", () -> shown == null || !shown.activeTss().problem().isEmpty()
            ? null : new eduscc.visualizer.memory.Landmark("TSS", eduscc.machine.snapshot.MemoryDump.Space.LINEAR,
                shown.activeTss().base())));
        root.getTabs().addAll(tab("GDT", new VBox(4, gdtHeader, gdt)), tab("IDT", new VBox(4, idtHeader, idt)),
            tab("TSS", tssPanels));
    }

    @Override
    public String title() {
        return "Descriptor tables";
    }

    @Override
    public Node node() {
        return root;
    }

    /** Draws {@code core} at {@code snapshot}, marking what changed since the snapshot shown before it. */
    @Override
    public void show(DebugSnapshot snapshot, int core) {
        draw(DescriptorTablesViewModel.of(snapshot, previous.before(snapshot), core));
    }

    /** What "Show ... in memory" in the GDT's and the TSS's context menus does: the window opens the memory view there. */
    public void setOnShowInMemory(java.util.function.Consumer<eduscc.visualizer.memory.Landmark> action) {
        showInMemory = action;
    }

    private javafx.scene.control.ContextMenu memoryMenu(String text,
                                                        java.util.function.Supplier<eduscc.visualizer.memory.Landmark> where) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setOnAction(e -> {
            eduscc.visualizer.memory.Landmark at = where.get();
            if (at != null) {
                showInMemory.accept(at);
            }
        });
        return new javafx.scene.control.ContextMenu(item);
    }

    private void draw(DescriptorTablesViewModel vm) {
        shown = vm;
        gdtHeader.setText(vm.gdtHeader());
        gdt.setItems(FXCollections.observableList(vm.gdt()));
        int ownerChars = vm.gdt().stream().mapToInt(r -> r.owner().length()).max().orElse(0);
        if (ownerChars > (Integer) owners.getProperties().get(CHARS)) {
            owners.getProperties().put(CHARS, ownerChars);
            fitColumns(gdtHeader.getFont());
        }
        idtHeader.setText(vm.idtHeader());
        idt.setItems(FXCollections.observableList(vm.idt()));
        TssPanel active = vm.activeTss();
        tssTitle.setText(active.problem().isEmpty() ? active.title() : active.title() + ": " + active.problem());
        tss.setItems(FXCollections.observableList(active.fields()));
        savedBox.setVisible(vm.savedTss().isPresent());
        savedBox.setManaged(vm.savedTss().isPresent());
        savedTitle.setText(vm.savedTss().map(TssPanel::title).orElse(""));
        savedTss.setItems(FXCollections.observableList(vm.savedTss().map(TssPanel::fields).orElse(List.of())));
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("table-header");
        return label;
    }

    private static Tab tab(String title, Pane content) {
        if (content instanceof VBox) {
            VBox.setVgrow(content.getChildren().get(content.getChildren().size() - 1), Priority.ALWAYS);
        }
        return new Tab(title, content);
    }

    /** Sets every column's width from its character count and the width of one character in {@code font}. */
    private void fitColumns(Font font) {
        Text probe = new Text("0123456789");
        probe.setFont(Font.font(MONOSPACED, font.getSize()));
        double perChar = probe.getLayoutBounds().getWidth() / 10;
        for (TableView<?> table : List.of(gdt, idt, tss, savedTss)) {
            for (TableColumn<?, ?> c : table.getColumns()) {
                c.setPrefWidth(((Integer) c.getProperties().get(CHARS) + 2) * perChar);
            }
        }
    }

    private static String bit(boolean set) {
        return set ? "1" : "0";
    }

    /**
     * A column {@code chars} characters wide (or as wide as its title): {@link #fitColumns} turns
     * that into pixels for the font in use, so the bytes are never cut to "00 00 ..." at any scale.
     */
    private static <T> TableColumn<T, String> column(TableView<T> table, String title, int chars,
                                                     Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.getProperties().put(CHARS, Math.max(chars, title.length()));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        table.getColumns().add(c);
        return c;
    }

    /** Rows get the style classes {@code changed} and {@code unused} from the view model's flags. */
    private static <T> void marked(TableView<T> table, Predicate<T> changed, Predicate<T> unused) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("changed", "unused");
                if (!empty && item != null) {
                    if (changed.test(item)) {
                        getStyleClass().add("changed");
                    }
                    if (unused.test(item)) {
                        getStyleClass().add("unused");
                    }
                }
            }
        });
    }
}
