package eduscc.visualizer.lguest;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The page-table pane of the lguest view ({@link ShadowViewModel}): the guest's directory and its
 * shadow, the host's cache of shadows, the last page fault's fill, each slot's page counts, and a
 * table of the pages the shadow maps, the guest's entry beside the shadow's; the row the last
 * page fault filled is marked (style class {@code last-fill}) and scrolled to.
 *
 * <p>Node ids, with N the core: {@code #lguest-shadow-header-N}, {@code #lguest-shadow-cache-N},
 * {@code #lguest-shadow-fill-N}, {@code #lguest-shadow-slots-N}, {@code #lguest-shadow-N} (the table).
 */
final class ShadowPane {
    private final VBox root = new VBox(4);
    private final Label header = new Label();
    private final Label cache = new Label();
    private final Label fill = new Label();
    private final Label slots = new Label();
    private final TableView<ShadowViewModel.Row> table = new TableView<>();
    private final Label title = new Label("the guest's page table | its shadow");
    private ShadowViewModel shown;

    ShadowPane(int core) {
        header.setId("lguest-shadow-header-" + core);
        cache.setId("lguest-shadow-cache-" + core);
        fill.setId("lguest-shadow-fill-" + core);
        slots.setId("lguest-shadow-slots-" + core);
        table.setId("lguest-shadow-" + core);
        for (Label l : List.of(header, cache, fill, slots)) {
            l.setWrapText(true);
        }
        title.getStyleClass().add("panel-title");
        fill.getStyleClass().add("last-fill-line");
        table.setPlaceholder(new Label("the shadow maps nothing yet: every page the guest touches faults first"));
        table.getColumns().addAll(List.of(column("page", 9, ShadowViewModel.Row::page),
            column("guest frame", 9, ShadowViewModel.Row::guestFrame), column("guest flags", 17, ShadowViewModel.Row::guestFlags),
            column("host frame", 9, ShadowViewModel.Row::shadowFrame), column("shadow flags", 17, ShadowViewModel.Row::shadowFlags),
            column("why they differ", 36, ShadowViewModel.Row::note)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ShadowViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("last-fill");
                if (!empty && row != null && row.filled()) {
                    getStyleClass().add("last-fill");
                }
            }
        });
        title.fontProperty().addListener((o, was, font) -> fit());
        VBox.setVgrow(table, Priority.ALWAYS);
        // The last fill and the table first: at a projector's scale the counts below are a scroll away.
        root.getChildren().addAll(title, header, fill, table, cache, slots);
    }

    private static TableColumn<ShadowViewModel.Row, String> column(String name, int chars,
                                                                   Function<ShadowViewModel.Row, String> text) {
        TableColumn<ShadowViewModel.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        c.setUserData(chars);
        return c;
    }

    /** Columns as wide as their text in the font in use (a projector's scale widens them). */
    private void fit() {
        double em = title.getFont().getSize();
        for (TableColumn<ShadowViewModel.Row, ?> c : table.getColumns()) {
            c.setPrefWidth((Integer) c.getUserData() * em * 0.62 + em);
        }
        table.setMinHeight(em * 2.1 * 6);
    }

    Node node() {
        return root;
    }

    void show(ShadowViewModel model) {
        header.setText(model.header());
        cache.setText(model.cache());
        fill.setText(model.lastFill());
        slots.setText(String.join("\n", model.slots()));
        if (shown == null || !shown.rows().equals(model.rows())) {
            table.getItems().setAll(model.rows());
            if (model.filledRow() >= 0) {
                table.scrollTo(Math.max(0, model.filledRow() - 2));
            }
        }
        shown = model;
    }

    /** The table's rows as text (tests): "0x00124000 | 0x00124000 P RW S A D | 0x02124000 P RW S A D | note". */
    List<String> rows() {
        return table.getItems().stream().map(r -> r.page() + " | " + r.guestFrame() + " " + r.guestFlags() + " | "
            + r.shadowFrame() + " " + r.shadowFlags() + " | " + r.note()).toList();
    }
}
