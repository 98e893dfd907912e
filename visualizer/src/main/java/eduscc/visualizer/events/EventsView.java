package eduscc.visualizer.events;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.trace.TraceEntry;
import eduscc.visualizer.descriptors.TssNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The trace as a table (DESIGN §5): sequence number, cycle, core, kind and the event in words
 * ({@link EventWords}), filtered by kind, by core and by a text search over those words. Each
 * column is as wide as its longest text in the font in use, so nothing is cut to "..." at any
 * scale; a long event line gives the table a horizontal scroll bar instead.
 */
public final class EventsView {
    public static final String ALL = "all";
    /** Extra characters per column for the cell padding, so the widest text still fits. */
    private static final int PADDING_CHARS = 2;

    private final TableView<Row> table = new TableView<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final ComboBox<String> core = new ComboBox<>();
    private final TextField search = new TextField();
    private final Label probe = new Label();
    private final VBox root;
    private final TableColumn<Row, String> seqColumn = column("#", r -> Long.toString(r.entry().seq()));
    private final TableColumn<Row, String> cycleColumn = column("cycle", r -> Long.toString(r.entry().time() / 30));
    private final TableColumn<Row, String> coreColumn = column("core", Row::core);
    private final TableColumn<Row, String> kindColumn = column("kind", r -> r.entry().event().kind());
    private final TableColumn<Row, String> eventColumn = column("event", Row::words);
    /** The rows described so far; a new snapshot only describes the entries it added. */
    private final List<Row> rows = new ArrayList<>();

    /** One trace entry with its line in words, worded once. */
    record Row(TraceEntry entry, String words) {
        String core() {
            return entry.core() < 0 ? "chip" : Integer.toString(entry.core());
        }
    }

    public EventsView() {
        table.setId("events");
        kind.setId("event-kind");
        core.setId("event-core");
        search.setId("event-search");
        search.setPromptText("search the events' words");
        kind.getItems().add(ALL);
        kind.setValue(ALL);
        core.getItems().add(ALL);
        core.setValue(ALL);
        table.getColumns().addAll(List.of(seqColumn, cycleColumn, coreColumn, kindColumn, eventColumn));
        kind.setOnAction(e -> refilter());
        core.setOnAction(e -> refilter());
        search.textProperty().addListener((o, a, b) -> refilter());
        HBox filters = new HBox(8, kind, core, search);
        HBox.setHgrow(search, Priority.ALWAYS);
        root = new VBox(4, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        // The font follows the window's scale (a stylesheet on the scene): measure with a label that
        // gets the same font, and size the columns again whenever it changes.
        probe.setManaged(false);
        probe.setVisible(false);
        root.getChildren().add(probe);
        probe.fontProperty().addListener((o, was, font) -> fitColumns());
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> text) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    public Node node() {
        return root;
    }

    public void show(DebugSnapshot snapshot) {
        List<TraceEntry> entries = snapshot.trace();
        if (!continues(entries)) {
            rows.clear();
        }
        Map<Integer, TssNames> names = new HashMap<>();
        for (int i = rows.size(); i < entries.size(); i++) {
            TraceEntry e = entries.get(i);
            TssNames tss = names.computeIfAbsent(e.core(), c -> TssNames.of(snapshot, c));
            rows.add(new Row(e, EventWords.describe(e.event(), tss)));
        }
        TreeSet<String> kinds = new TreeSet<>();
        TreeSet<Integer> cores = new TreeSet<>();
        for (TraceEntry e : entries) {
            kinds.add(e.event().kind());
            cores.add(e.core());
        }
        updateChoices(kind, kinds.stream().toList());
        updateChoices(core, cores.stream().map(String::valueOf).toList());
        refilter();
    }

    /** Whether {@code entries} is the trace described so far with entries added at its end. */
    private boolean continues(List<TraceEntry> entries) {
        if (rows.isEmpty()) {
            return true;
        }
        int last = rows.size() - 1;
        return entries.size() > last && entries.get(0).equals(rows.get(0).entry())
            && entries.get(last).equals(rows.get(last).entry());
    }

    private static void updateChoices(ComboBox<String> box, List<String> values) {
        if (box.getItems().size() - 1 != values.size()) {
            String chosen = box.getValue();
            box.getItems().setAll(ALL);
            box.getItems().addAll(values);
            box.setValue(box.getItems().contains(chosen) ? chosen : ALL);
        }
    }

    private void refilter() {
        String k = kind.getValue();
        String c = core.getValue();
        String text = search.getText() == null ? "" : search.getText().toLowerCase(Locale.ROOT);
        table.setItems(FXCollections.observableArrayList(rows.stream()
            .filter(r -> k == null || k.equals(ALL) || r.entry().event().kind().equals(k))
            .filter(r -> c == null || c.equals(ALL) || Integer.toString(r.entry().core()).equals(c))
            .filter(r -> text.isEmpty() || r.words().toLowerCase(Locale.ROOT).contains(text)
                || r.entry().event().kind().toLowerCase(Locale.ROOT).contains(text))
            .toList()));
        fitColumns();
        if (!table.getItems().isEmpty()) {
            table.scrollTo(table.getItems().size() - 1);
        }
    }

    /**
     * Every column as wide as its title or its longest text among the rows shown. Numbers are
     * measured by their largest value, words by their longest line, so a frame allocates nothing
     * per row.
     */
    private void fitColumns() {
        List<Row> shown = table.getItems();
        long maxSeq = 0;
        long maxCycle = 0;
        String longestKind = "";
        String longestWords = "";
        for (Row r : shown) {
            maxSeq = Math.max(maxSeq, r.entry().seq());
            maxCycle = Math.max(maxCycle, r.entry().time() / 30);
            String k = r.entry().event().kind();
            longestKind = k.length() > longestKind.length() ? k : longestKind;
            longestWords = r.words().length() > longestWords.length() ? r.words() : longestWords;
        }
        fit(seqColumn, Long.toString(maxSeq));
        fit(cycleColumn, Long.toString(maxCycle));
        fit(coreColumn, "chip");
        fit(kindColumn, longestKind);
        fit(eventColumn, longestWords);
    }

    /**
     * Sizes {@code column} for {@code longest} (or its title, if longer) in the font in use. The
     * longest line in characters is not always the widest in pixels, hence the margin.
     */
    private void fit(TableColumn<Row, String> column, String longest) {
        Text measure = new Text(longest.length() > column.getText().length() ? longest : column.getText());
        measure.setFont(probe.getFont());
        double width = Math.ceil(measure.getLayoutBounds().getWidth() * 1.08
            + PADDING_CHARS * probe.getFont().getSize());
        column.setPrefWidth(width);
        column.setMinWidth(width);
    }

    public int shownRows() {
        return table.getItems().size();
    }
}
