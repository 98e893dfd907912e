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

/**
 * The descriptor panel: GDT, IDT and TSS tabs drawn from a {@link DescriptorTablesViewModel}. Rows
 * and fields the last step changed carry the style class {@code changed}; unused GDT entries and
 * empty gates carry {@code unused}. Everything that is decided lives in the view model.
 *
 * <p>Ids for tests: {@code #gdt-header}, {@code #gdt-table}, {@code #idt-header}, {@code #idt-table},
 * {@code #tss-title}, {@code #tss-table}, {@code #saved-tss-title}, {@code #saved-tss-table}.
 */
public final class DescriptorTablesView implements DockedView {
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

    public DescriptorTablesView() {
        root.getStyleClass().add("descriptor-tables");
        root.getStylesheets().add(DescriptorTablesView.class.getResource("descriptors.css").toExternalForm());
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        gdt.setId("gdt-table");
        column(gdt, "#", r -> Integer.toString(r.index()));
        column(gdt, "sel", GdtRow::selectorText);
        column(gdt, "bytes in memory", GdtRow::bytes);
        column(gdt, "base", GdtRow::baseText);
        column(gdt, "limit", GdtRow::limitText);
        column(gdt, "G", r -> bit(r.granularity()));
        column(gdt, "D/B", r -> bit(r.defaultBig()));
        column(gdt, "P", r -> bit(r.present()));
        column(gdt, "DPL", r -> Integer.toString(r.dpl()));
        column(gdt, "S", r -> bit(!r.system()));
        column(gdt, "type", GdtRow::type);
        marked(gdt, GdtRow::changed, GdtRow::unused);
        idt.setId("idt-table");
        column(idt, "vector", GateRow::vectorText);
        column(idt, "", GateRow::name);
        column(idt, "bytes in memory", GateRow::bytes);
        column(idt, "selector", GateRow::selectorText);
        column(idt, "offset", GateRow::offsetText);
        column(idt, "gate", GateRow::kind);
        column(idt, "DPL", r -> r.empty() ? "" : Integer.toString(r.dpl()));
        column(idt, "P", r -> bit(r.present()));
        marked(idt, GateRow::changed, GateRow::empty);
        tss.setId("tss-table");
        savedTss.setId("saved-tss-table");
        for (TableView<TssPanel.Field> table : List.of(tss, savedTss)) {
            column(table, "offset", f -> String.format("%02X", f.offset()));
            column(table, "field", TssPanel.Field::name);
            column(table, "value", TssPanel.Field::text);
            marked(table, TssPanel.Field::changed, f -> false);
        }
        VBox.setVgrow(tss, Priority.ALWAYS);
        VBox.setVgrow(savedTss, Priority.ALWAYS);
        HBox tssPanels = new HBox(8, new VBox(4, tssTitle, tss), savedBox);
        HBox.setHgrow(tssPanels.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(savedBox, Priority.ALWAYS);
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

    private void draw(DescriptorTablesViewModel vm) {
        gdtHeader.setText(vm.gdtHeader());
        gdt.setItems(FXCollections.observableList(vm.gdt()));
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

    private static String bit(boolean set) {
        return set ? "1" : "0";
    }

    private static <T> void column(TableView<T> table, String title, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        table.getColumns().add(c);
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
