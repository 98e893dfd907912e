package eduscc.visualizer.processes;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.visualizer.app.DockedView;
import eduscc.visualizer.app.PreviousSnapshot;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The process tree of the selected core: a header that counts the tasks, a line that says what
 * "zombie" and "reaped" mean, and a tree table with one row per task under the task that created
 * it: id and name, state, exit code and what it waits for or whose wait collected it first (the
 * story; the wait column wraps to the panel's width, so a projector's scale shows it whole), then
 * kind, program and priority. Rows that changed since the step before are bold. Everything shown is decided in
 * {@link ProcessTreeViewModel}; every row is expanded, and the selected task stays selected from
 * step to step.
 *
 * <p>Node ids: {@code #processes-header}, {@code #processes-legend}, {@code #process-tree}.
 */
public final class ProcessTreeView implements DockedView {
    private static final String CHARS = "eduscc.chars";
    /** The notes column is never narrower than this; a longer note wraps rather than push the columns after it away. */
    private static final int NOTES_MIN_CHARS = 16;
    private final VBox root = new VBox();
    private final Label header = label("processes-header", "panel-title", "");
    private final Label legend = label("processes-legend", "processes-legend", ProcessTreeViewModel.LEGEND);
    private final TreeTableView<ProcessRow> tree = new TreeTableView<>();
    private final TreeTableColumn<ProcessRow, String> notes;
    private ProcessTreeViewModel model;
    private int selectedPid = -1;
    private DebugSnapshot previous;
    private int previousCore = -1;

    public ProcessTreeView() {
        root.getStylesheets().add(ProcessTreeView.class.getResource("processes.css").toExternalForm());
        root.getStyleClass().add("processes-view");
        tree.setId("process-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        tree.setTooltip(new Tooltip("every task this core's kernel lists, under the task that created it;"
            + " bold: changed since the step before"));
        // The story first (who, in which state, how it ended, what it waits for), then the
        // details: at a projector's scale the first four fit the panel and the rest is a scroll away.
        column("task", 14, ProcessRow::task);
        column("state", 8, ProcessRow::state);
        column("exit", 4, ProcessRow::exit);
        notes = column("wait", NOTES_MIN_CHARS, ProcessRow::notes);
        notes.setCellFactory(c -> new WrappingCell());
        column("kind", 16, ProcessRow::kind);
        column("program", 8, ProcessRow::program);
        column("prio", 4, ProcessRow::priority);
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(ProcessRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("changed", "exited");
                if (!empty && item != null) {
                    if (item.changed()) {
                        getStyleClass().add("changed");
                    }
                    if (item.state().equals("zombie") || item.state().equals("reaped")) {
                        getStyleClass().add("exited");
                    }
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            if (item != null && item.getValue() != null) {
                selectedPid = item.getValue().pid();
            }
        });
        header.fontProperty().addListener((o, was, font) -> fitColumns());
        tree.widthProperty().addListener((o, was, width) -> fitColumns());
        VBox.setVgrow(tree, Priority.ALWAYS);
        root.getChildren().addAll(header, legend, tree);
        // Widths from the start: a column still at JavaFX's default width is sized to its content
        // by the table's skin, which would undo the notes column's wrapping width.
        fitColumns();
    }

    @Override
    public String title() {
        return "Processes";
    }

    @Override
    public Node node() {
        return root;
    }

    /** Shows {@code core}'s tasks in {@code snapshot}, in bold those that changed in the last step. */
    @Override
    public void show(DebugSnapshot snapshot, int core) {
        draw(ProcessTreeViewModel.of(snapshot, PreviousSnapshot.of(snapshot, core == previousCore ? previous : null), core));
        previous = snapshot;
        previousCore = core;
    }

    /** What the view shows now (tests read it). */
    public ProcessTreeViewModel model() {
        return model;
    }

    /** The tree as drawn: each row's cells, indented two spaces per level (tests compare it with the model's lines). */
    public List<String> shownLines() {
        List<String> lines = new java.util.ArrayList<>();
        tree.getRoot().getChildren().forEach(item -> shown(item, 0, lines));
        return lines;
    }

    private static void shown(TreeItem<ProcessRow> item, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + item.getValue().line());
        item.getChildren().forEach(child -> shown(child, depth + 1, lines));
    }

    /** A new tree for every snapshot, all rows expanded; the task selected before stays selected. */
    @SuppressWarnings("unchecked")
    private void draw(ProcessTreeViewModel vm) {
        int keep = selectedPid;
        model = vm;
        header.setText(vm.header());
        TreeItem<ProcessRow> top = new TreeItem<>();
        TreeItem<ProcessRow>[] select = new TreeItem[1];
        for (ProcessRow row : vm.roots()) {
            top.getChildren().add(item(row, keep, select));
        }
        tree.setRoot(top);
        if (select[0] != null) {
            tree.getSelectionModel().select(select[0]);
        }
        selectedPid = keep;
        fitColumns();
    }

    private static TreeItem<ProcessRow> item(ProcessRow row, int selectedPid, TreeItem<ProcessRow>[] select) {
        TreeItem<ProcessRow> item = new TreeItem<>(row);
        item.setExpanded(true);
        if (row.pid() == selectedPid) {
            select[0] = item;
        }
        for (ProcessRow child : row.children()) {
            item.getChildren().add(item(child, selectedPid, select));
        }
        return item;
    }

    /** A column at least {@code chars} characters wide; {@link #fitColumns} makes that pixels for the rows shown. */
    private TreeTableColumn<ProcessRow, String> column(String title, int chars, Function<ProcessRow, String> text) {
        TreeTableColumn<ProcessRow, String> c = new TreeTableColumn<>(title);
        c.getProperties().put(CHARS, Math.max(chars, title.length()));
        c.getProperties().put("text", text);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
            cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
        c.setSortable(false);
        tree.getColumns().add(c);
        return c;
    }

    /**
     * Every column as wide as its longest text in the header's font, so that at 250 % nothing is
     * cut to "..."; the first column also makes room for the indentation of the deepest row and
     * its disclosure arrow (1 em each, processes.css).
     */
    @SuppressWarnings("unchecked")
    private void fitColumns() {
        Font font = header.getFont();
        Text probe = new Text("0123456789");
        probe.setFont(Font.font("Monospaced", font.getSize()));
        double perChar = probe.getLayoutBounds().getWidth() / 10;
        List<ProcessRow> rows = rows();
        int depth = model == null ? 0 : model.lines().stream().mapToInt(l -> (l.length() - l.stripLeading().length()) / 2)
            .max().orElse(0);
        double before = 0;
        for (int i = 0; i < tree.getColumns().size(); i++) {
            TreeTableColumn<ProcessRow, ?> c = tree.getColumns().get(i);
            Function<ProcessRow, String> text = (Function<ProcessRow, String>) c.getProperties().get("text");
            int chars = Math.max((Integer) c.getProperties().get(CHARS),
                rows.stream().mapToInt(r -> text.apply(r).length()).max().orElse(0));
            double indent = i == 0 ? (depth + 2) * font.getSize() : 0;
            double width = (chars + 2) * perChar + indent;
            if (c == notes) {
                // As wide as the longest note where the panel has room, else what is left of it (wrapped).
                double left = tree.getWidth() - before - font.getSize();
                width = Math.max((NOTES_MIN_CHARS + 2) * perChar, Math.min(width, left));
                // Held there: the table's skin sizes a column to its content once, which would undo the wrapping.
                c.setMinWidth(width);
                c.setMaxWidth(width);
            }
            c.setPrefWidth(width);
            before += width;
        }
    }

    /** A cell whose text wraps within the column (the notes), so the row grows rather than cut it. */
    private static final class WrappingCell extends javafx.scene.control.TreeTableCell<ProcessRow, String> {
        private final Label text = new Label();

        WrappingCell() {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("notes-text");
            text.maxWidthProperty().bind(widthProperty().subtract(8));
            text.prefWidthProperty().bind(widthProperty().subtract(8));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        /** As high as the label wrapped to the column's width: the row takes the height of its highest cell. */
        @Override
        protected double computePrefHeight(double width) {
            double inner = (getTableColumn() == null ? width : getTableColumn().getWidth()) - 8;
            if (getGraphic() == null || inner <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + text.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    private List<ProcessRow> rows() {
        List<ProcessRow> rows = new java.util.ArrayList<>();
        if (model != null) {
            model.roots().forEach(r -> collect(r, rows));
        }
        return rows;
    }

    private static void collect(ProcessRow row, List<ProcessRow> rows) {
        rows.add(row);
        row.children().forEach(c -> collect(c, rows));
    }

    private static Label label(String id, String style, String text) {
        Label l = new Label(text);
        // At 250 % a sentence is wider than the panel: it wraps, it is never cut.
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }
}
