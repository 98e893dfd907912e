package eduscc.visualizer.events;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TracePrefix;
import eduscc.visualizer.descriptors.TssNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
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
 * scale; a long event line gives the table a horizontal scroll bar instead. While a run goes on
 * only the new events are worded and appended; a double-click on a row goes to that event.
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
    /** Says how many events a long run's window left out; hidden on a short run. */
    private final Label leftOut = new Label();
    private final VBox root;
    private final TableColumn<Row, String> seqColumn = column("#", r -> Long.toString(r.entry().seq()));
    private final TableColumn<Row, String> cycleColumn = column("cycle", r -> Long.toString(r.entry().time() / 30));
    private final TableColumn<Row, String> coreColumn = column("core", Row::core);
    private final TableColumn<Row, String> kindColumn = column("kind", r -> r.entry().event().kind());
    private final TableColumn<Row, String> eventColumn = column("event", Row::words);
    /** The trace worded so far, one row per entry; a new snapshot only words the entries it added. */
    private final List<Row> described = new ArrayList<>();
    private List<TraceEntry> entries = List.of();
    /** The rows shown: those that pass the filters, appended to while a run goes on. */
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TreeSet<String> kinds = new TreeSet<>();
    private final TreeSet<Integer> cores = new TreeSet<>();
    private final Widest widest = new Widest();
    private boolean updatingChoices;
    private int rebuilds;
    private LongConsumer onJumpToEvent = seq -> { };

    /** One trace entry with its line in words, worded once. */
    public record Row(TraceEntry entry, String words) {
        String core() {
            return entry.core() < 0 ? "chip" : Integer.toString(entry.core());
        }
    }

    public EventsView() {
        table.setId("events");
        table.setItems(rows);
        kind.setId("event-kind");
        core.setId("event-core");
        search.setId("event-search");
        search.setPromptText("search the events' words");
        kind.getItems().add(ALL);
        kind.setValue(ALL);
        core.getItems().add(ALL);
        core.setValue(ALL);
        table.getColumns().addAll(List.of(seqColumn, cycleColumn, coreColumn, kindColumn, eventColumn));
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty()) {
                    onJumpToEvent.accept(row.getItem().entry().seq());
                }
            });
            return row;
        });
        kind.setOnAction(e -> refilter());
        core.setOnAction(e -> refilter());
        search.textProperty().addListener((o, a, b) -> refilter());
        HBox filters = new HBox(8, kind, core, search);
        HBox.setHgrow(search, Priority.ALWAYS);
        leftOut.setId("events-left-out");
        leftOut.setVisible(false);
        leftOut.setManaged(false);
        root = new VBox(4, filters, leftOut, table);
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

    /** Called with an event's number when the user double-clicks its row; the window goes there. */
    public void setOnJumpToEvent(LongConsumer jump) {
        onJumpToEvent = jump;
    }

    public Node node() {
        return root;
    }

    /**
     * Shows the trace of {@code snapshot}. While a run goes on, the new trace continues the one
     * shown (the same run, more events), so only the new events are worded and appended as rows;
     * after a step back or on another lab the rows are rebuilt.
     */
    public void show(DebugSnapshot snapshot) {
        List<TraceEntry> next = snapshot.trace();
        boolean continues = TracePrefix.continues(entries, next);
        if (!continues) {
            described.clear();
            kinds.clear();
            cores.clear();
        }
        List<TraceEntry> added = continues ? TracePrefix.since(entries, next) : next;
        entries = next;
        forgetBeforeWindow(snapshot.traceLeftOut());
        int from = described.size();
        Map<Integer, TssNames> names = new HashMap<>();
        for (TraceEntry e : added) {
            TssNames tss = names.computeIfAbsent(e.core(), c -> TssNames.of(snapshot, c));
            described.add(new Row(e, EventWords.describe(e.event(), tss)));
            kinds.add(e.event().kind());
            cores.add(e.core());
        }
        String kindBefore = kind.getValue();
        String coreBefore = core.getValue();
        updatingChoices = true;
        try {
            updateChoices(kind, kinds.stream().toList());
            updateChoices(core, cores.stream().map(String::valueOf).toList());
        } finally {
            updatingChoices = false;
        }
        boolean sameFilters = Objects.equals(kindBefore, kind.getValue()) && Objects.equals(coreBefore, core.getValue());
        if (continues && sameFilters) {
            append(described.subList(from, described.size()));
        } else {
            refilter();
        }
    }

    /**
     * On a long run the session keeps only its latest events (its window); the rows of the events
     * it let go are dropped here too, so the table stays as long as the window, and a line above
     * it says how many came before and how to see them.
     */
    private void forgetBeforeWindow(long firstSeq) {
        leftOut.setVisible(firstSeq > 0);
        leftOut.setManaged(firstSeq > 0);
        if (firstSeq == 0) {
            return;
        }
        leftOut.setText(String.format("%,d earlier events are left out to bound memory; \"#N\" in the go-to field"
            + " re-runs the lab to event N", firstSeq));
        int gone = 0;
        while (gone < described.size() && described.get(gone).entry().seq() < firstSeq) {
            gone++;
        }
        described.subList(0, gone).clear();
        int shownGone = 0;
        while (shownGone < rows.size() && rows.get(shownGone).entry().seq() < firstSeq) {
            shownGone++;
        }
        if (shownGone > 0) {
            rows.remove(0, shownGone);
        }
    }

    private void append(List<Row> added) {
        List<Row> passing = added.stream().filter(filter()).toList();
        if (!passing.isEmpty()) {
            rows.addAll(passing);
            if (widest.take(passing)) {
                fitColumns();
            }
            table.scrollTo(rows.size() - 1);
        }
    }

    /** How often the rows were rebuilt from the whole trace (a filter change, a step back, another lab). */
    public int rowRebuilds() {
        return rebuilds;
    }

    private static void updateChoices(ComboBox<String> box, List<String> values) {
        if (box.getItems().size() - 1 != values.size()) {
            String chosen = box.getValue();
            box.getItems().setAll(ALL);
            box.getItems().addAll(values);
            box.setValue(box.getItems().contains(chosen) ? chosen : ALL);
        }
    }

    private Predicate<Row> filter() {
        String k = kind.getValue();
        String c = core.getValue();
        String text = search.getText() == null ? "" : search.getText().toLowerCase(Locale.ROOT);
        return r -> (k == null || k.equals(ALL) || r.entry().event().kind().equals(k))
            && (c == null || c.equals(ALL) || Integer.toString(r.entry().core()).equals(c))
            && (text.isEmpty() || r.words().toLowerCase(Locale.ROOT).contains(text)
                || r.entry().event().kind().toLowerCase(Locale.ROOT).contains(text));
    }

    private void refilter() {
        if (updatingChoices) {
            return;
        }
        rebuilds++;
        rows.setAll(described.stream().filter(filter()).toList());
        widest.clear();
        widest.take(rows);
        fitColumns();
        if (!rows.isEmpty()) {
            table.scrollTo(rows.size() - 1);
        }
    }

    /** Every column as wide as its title or its longest text among the rows shown. */
    private void fitColumns() {
        fit(seqColumn, Long.toString(widest.maxSeq));
        fit(cycleColumn, Long.toString(widest.maxCycle));
        fit(coreColumn, "chip");
        fit(kindColumn, widest.kind);
        fit(eventColumn, widest.words);
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

    /**
     * The widest content of the rows shown, kept as rows arrive, so appending a run's new events
     * measures only those. Numbers by their largest value, words by their longest line.
     */
    private static final class Widest {
        long maxSeq;
        long maxCycle;
        String kind = "";
        String words = "";

        void clear() {
            maxSeq = 0;
            maxCycle = 0;
            kind = "";
            words = "";
        }

        /** Takes {@code added} in; true if a column must grow. */
        boolean take(List<Row> added) {
            boolean grew = false;
            for (Row r : added) {
                long cycle = r.entry().time() / 30;
                String k = r.entry().event().kind();
                if (Long.toString(r.entry().seq()).length() > Long.toString(maxSeq).length()
                    || Long.toString(cycle).length() > Long.toString(maxCycle).length()
                    || k.length() > kind.length() || r.words().length() > words.length()) {
                    grew = true;
                }
                maxSeq = Math.max(maxSeq, r.entry().seq());
                maxCycle = Math.max(maxCycle, cycle);
                kind = k.length() > kind.length() ? k : kind;
                words = r.words().length() > words.length() ? r.words() : words;
            }
            return grew;
        }
    }
}
