package eduscc.visualizer.paging;

import eduscc.kernel.mm.CopyOnWrite;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.PageTables;
import eduscc.machine.cpu.Paging;
import eduscc.visualizer.app.DockedView;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The paging view of the selected core: CR3 and CR0.PG on top, then three tabs. "Tables": the page
 * directory's present entries, and below them the page table of the entry selected. "Walk": the
 * translation of a typed linear address step by step. "Frames": the frame allocator's bitmap as a
 * grid. Everything shown is decided in {@link PagingViewModel}.
 *
 * <p>The bytes come as the memory view's do: read at a pause by the non-disturbing probe on the
 * simulation thread. A snapshot that carries this core's tables is drawn at once; otherwise the
 * view asks for them through {@code reader}, and every later snapshot carries them.
 *
 * <p>Node ids: {@code #paging-header}, {@code #paging-tabs}, {@code #paging-directory},
 * {@code #paging-table-title}, {@code #paging-table}, {@code #paging-walk-address},
 * {@code #paging-walk-go}, {@code #paging-walk-steps}, {@code #paging-walk-outcome},
 * {@code #paging-frames-title}, {@code #paging-frame-info}, {@code #frame-N}.
 */
public final class PagingView implements DockedView {
    private static final String CHARS = "eduscc.chars";
    private final Function<Integer, CompletableFuture<PageTables>> reader;
    private final VBox root = new VBox();
    private final Label header = label("paging-header", "panel-title");
    private final TabPane tabs = new TabPane();
    private final TableView<PageRow> directory = new TableView<>();
    private final Label tableTitle = label("paging-table-title", "panel-title");
    private final TableView<PageRow> table = new TableView<>();
    private final TextField address = new TextField();
    private final Label steps = label("paging-walk-steps", "paging-mono");
    private final Label outcome = label("paging-walk-outcome", "paging-outcome");
    private final Label framesTitle = label("paging-frames-title", "panel-title");
    private final Label frameInfo = label("paging-frame-info", "paging-mono");
    private final FrameGrid grid = new FrameGrid(frameInfo);
    private PagingViewModel model;
    /** The directory entry whose table is shown; kept from pause to pause. */
    private int selectedPde = -1;
    private int walked = -1;
    private boolean hasWalk;
    private DebugSnapshot snapshot;
    private DebugSnapshot askedFor;
    private CompletableFuture<PageTables> pending;

    public PagingView(Function<Integer, CompletableFuture<PageTables>> reader) {
        this.reader = reader;
        root.getStylesheets().add(PagingView.class.getResource("paging.css").toExternalForm());
        root.getStyleClass().add("paging-view");
        tabs.setId("paging-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab("Tables", tablesTab()), new Tab("Walk", walkTab()), new Tab("Frames", framesTab()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(header, tabs);
    }

    /** The directory above, the selected entry's page table below. */
    private Node tablesTab() {
        directory.setId("paging-directory");
        table.setId("paging-table");
        columns(directory, false);
        columns(table, true);
        header.fontProperty().addListener((o, was, font) -> fitColumns(font));
        fitColumns(header.getFont());
        directory.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                selectedPde = row.first();
                drawTable();
            }
        });
        directory.setTooltip(new Tooltip(
            "the page directory's present entries (SDM Vol. 3A Table 4-5): select one for its page table below"));
        table.setTooltip(new Tooltip(
            "the page table's present entries (SDM Vol. 3A Table 4-6); runs of consecutive frames with equal bits in one row"));
        directory.getStyleClass().add("paging-directory");
        table.getStyleClass().add("paging-table");
        VBox.setVgrow(directory, Priority.SOMETIMES);
        VBox.setVgrow(table, Priority.ALWAYS);
        // Each table keeps a few rows (paging.css); where the window is too low for both at a
        // projector's scale, the tab scrolls rather than squeeze a table to its header.
        ScrollPane scroll = new ScrollPane(pane(directory, tableTitle, table));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    /** The address field and the walk's steps and outcome. */
    private Node walkTab() {
        address.setId("paging-walk-address");
        address.setPromptText("e.g. 0x00120000");
        address.setTooltip(new Tooltip("a linear address in hex; Enter walks it through this core's directory and table"));
        address.setPrefColumnCount(14);
        address.setOnAction(e -> walkTyped());
        Button go = new Button("Walk");
        go.setId("paging-walk-go");
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setOnAction(e -> walkTyped());
        FlowPane bar = new FlowPane(new Label("walk the linear address"), address, go);
        bar.setHgap(6);
        return pane(bar, steps, outcome);
    }

    /** The allocator's pool as a grid, with the line that describes the hovered or selected frame. */
    private Node framesTab() {
        ScrollPane gridScroll = new ScrollPane(grid.node());
        VBox.setVgrow(gridScroll, Priority.ALWAYS);
        return pane(framesTitle, frameInfo, gridScroll);
    }

    @Override
    public String title() {
        return "Paging";
    }

    @Override
    public Node node() {
        return root;
    }

    /** Draws the snapshot's tables if they are this core's; otherwise asks for them, once per snapshot. */
    @Override
    public void show(DebugSnapshot next, int core) {
        snapshot = next;
        PagingViewModel vm = PagingViewModel.of(next, core);
        if (vm.paging() && !vm.decoded() && askedFor != next) {
            askedFor = next;
            pending = reader.apply(core);
            pending.whenComplete((tables, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                    header.setText(vm.header() + " could not read them: " + cause.getMessage());
                } else if (snapshot == next) {
                    draw(PagingViewModel.of(next.withPages(tables), core));
                }
            }));
        }
        draw(vm);
    }

    /** Waits for the read in flight and draws it; for the screenshot command, which must render now. */
    public void awaitRead() {
        if (pending != null && snapshot != null && askedFor == snapshot && model != null && !model.decoded()) {
            draw(PagingViewModel.of(snapshot.withPages(pending.join()), model.core()));
        }
    }

    /** Walks {@code linear} now and after every later step (what typing it and Enter do). */
    public void walk(int linear) {
        walked = linear;
        hasWalk = true;
        address.setText(String.format("0x%08X", linear));
        drawWalk();
    }

    /** What the view shows now (tests read it). */
    public PagingViewModel model() {
        return model;
    }

    private void draw(PagingViewModel vm) {
        model = vm;
        header.setText(vm.header());
        tabs.setVisible(vm.paging());
        tabs.setManaged(vm.paging());
        directory.setItems(FXCollections.observableList(vm.directory()));
        if (vm.directory().stream().noneMatch(r -> r.first() == selectedPde) && !vm.directory().isEmpty()) {
            selectedPde = vm.directory().get(0).first();
        }
        vm.directory().stream().filter(r -> r.first() == selectedPde).findFirst()
            .ifPresent(r -> directory.getSelectionModel().select(r));
        drawTable();
        drawWalk();
        framesTitle.setText(vm.framesTitle());
        grid.show(vm.frames());
    }

    private void drawTable() {
        if (model == null) {
            return;
        }
        tableTitle.setText(model.tableTitle(selectedPde));
        List<PageRow> rows = model.table(selectedPde);
        table.setItems(FXCollections.observableList(rows));
        // "same" fits ten characters; a run mapped elsewhere ("0x00C08000-0x00C09000") widens the column.
        TableColumn<PageRow, ?> frames = table.getColumns().get(2);
        int chars = rows.stream().mapToInt(r -> r.maps().length()).max().orElse(0);
        if (chars > (Integer) frames.getProperties().get(CHARS)) {
            frames.getProperties().put(CHARS, chars);
            fitColumns(header.getFont());
        }
    }

    private void drawWalk() {
        if (model == null || !hasWalk) {
            steps.setText("");
            outcome.setText("");
            return;
        }
        PageWalk walk = model.walk(walked);
        steps.setText(String.join("\n", walk.steps()));
        outcome.setText(walk.outcome());
    }

    private void walkTyped() {
        PagingViewModel.parseAddress(address.getText()).ifPresentOrElse(this::walk, () -> {
            steps.setText("");
            outcome.setText("'" + address.getText() + "' is not a hex address (8 hex digits at most, 0x optional)");
        });
    }

    /** The columns of a directory or table: index, linear, what it maps, the flag bits, entries, count. */
    private static void columns(TableView<PageRow> view, boolean ptes) {
        column(view, "#", ptes ? 11 : 5, PageRow::index);
        column(view, "linear", 21, PageRow::linear);
        column(view, ptes ? "frame" : "page table", 10, PageRow::maps);
        String[] names = {"P", "R/W", "U/S", "PWT", "PCD", "A", "D"};
        int[] masks = {Paging.P, Paging.RW, Paging.US, Paging.PWT, Paging.PCD, Paging.A, Paging.D};
        for (int i = 0; i < names.length; i++) {
            int mask = masks[i];
            column(view, names[i], 1, r -> r.bit(mask));
        }
        if (ptes) {
            column(view, "COW", 1, r -> r.bit(CopyOnWrite.COW));
            column(view, "entries", 5, PageRow::entriesText);
        }
        column(view, "count", 3, PageRow::uses);
        view.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PageRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("shared");
                if (!empty && item != null && item.shared()) {
                    getStyleClass().add("shared");
                }
            }
        });
    }

    /** A column {@code chars} characters wide (or as wide as its title); {@link #fitColumns} makes that pixels. */
    private static void column(TableView<PageRow> view, String title, int chars, Function<PageRow, String> text) {
        TableColumn<PageRow, String> c = new TableColumn<>(title);
        c.getProperties().put(CHARS, Math.max(chars, title.length()));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        view.getColumns().add(c);
    }

    /** Every column as wide as its characters in {@code font}: at 250 % the addresses are never cut to "0x00...". */
    private void fitColumns(Font font) {
        Text probe = new Text("0123456789");
        probe.setFont(Font.font("Monospaced", font.getSize()));
        double perChar = probe.getLayoutBounds().getWidth() / 10;
        for (TableView<PageRow> view : List.of(directory, table)) {
            for (TableColumn<PageRow, ?> c : view.getColumns()) {
                c.setPrefWidth(((Integer) c.getProperties().get(CHARS) + 2) * perChar);
            }
        }
    }

    private static VBox pane(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("paging-pane");
        return box;
    }

    private static Label label(String id, String style) {
        return label(id, style, "");
    }

    private static Label label(String id, String style, String text) {
        Label l = new Label(text);
        // At 250 % a sentence is wider than the panel: it wraps, it is never cut.
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().add(style);
        return l;
    }
}
