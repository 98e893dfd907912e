package eduscc.visualizer.processes;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.visualizer.app.DockedView;
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
 * it (id and name, program, kind, state, priority, exit code, and what it waits for or who
 * collected it). Rows that changed since the step before are bold. Everything shown is decided in
 * {@link ProcessTreeViewModel}; every row is expanded, and the selected task stays selected from
 * step to step.
 *
 * <p>Node ids: {@code #processes-header}, {@code #processes-legend}, {@code #process-tree}.
 */
public final class ProcessTreeView implements DockedView {
    private static final String CHARS = "eduscc.chars";
    private final VBox root = new VBox();
    private final Label header = label("processes-header", "panel-title", "");
    private final Label legend = label("processes-legend", "processes-legend", ProcessTreeViewModel.LEGEND);
    private final TreeTableView<ProcessRow> tree = new TreeTableView<>();
    private ProcessTreeViewModel model;
    private int selectedPid = -1;

    public ProcessTreeView() {
        root.getStylesheets().add(ProcessTreeView.class.getResource("processes.css").toExternalForm());
        root.getStyleClass().add("processes-view");
        tree.setId("process-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        tree.setTooltip(new Tooltip("every task this core's kernel lists, under the task that created it;"
            + " bold: changed since the step before"));
        column("task", 14, ProcessRow::task);
        column("program", 8, ProcessRow::program);
        column("kind", 16, ProcessRow::kind);
        column("state", 8, ProcessRow::state);
        column("prio", 4, ProcessRow::priority);
        column("exit", 4, ProcessRow::exit);
        column("waits for / collected by", 30, ProcessRow::notes);
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
        VBox.setVgrow(tree, Priority.ALWAYS);
        root.getChildren().addAll(header, legend, tree);
    }

    @Override
    public String title() {
        return "Processes";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(DebugSnapshot snapshot, int core) {
        draw(ProcessTreeViewModel.of(snapshot, core));
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
    private void column(String title, int chars, Function<ProcessRow, String> text) {
        TreeTableColumn<ProcessRow, String> c = new TreeTableColumn<>(title);
        c.getProperties().put(CHARS, Math.max(chars, title.length()));
        c.getProperties().put("text", text);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
            cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
        c.setSortable(false);
        tree.getColumns().add(c);
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
        for (int i = 0; i < tree.getColumns().size(); i++) {
            TreeTableColumn<ProcessRow, ?> c = tree.getColumns().get(i);
            Function<ProcessRow, String> text = (Function<ProcessRow, String>) c.getProperties().get("text");
            int chars = Math.max((Integer) c.getProperties().get(CHARS),
                rows.stream().mapToInt(r -> text.apply(r).length()).max().orElse(0));
            double indent = i == 0 ? (depth + 2.5) * font.getSize() : 0;
            c.setPrefWidth((chars + 2) * perChar + indent);
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
