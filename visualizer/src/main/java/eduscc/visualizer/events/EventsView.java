package eduscc.visualizer.events;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TracePrefix;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The trace as a table (DESIGN §5): sequence number, cycle, core, kind and the event's text,
 * filtered by kind, by core and by a text search. A double-click on a row goes to that event.
 */
public final class EventsView {
    public static final String ALL = "all";

    private final TableView<TraceEntry> table = new TableView<>();
    private final ComboBox<String> kind = new ComboBox<>();
    private final ComboBox<String> core = new ComboBox<>();
    private final TextField search = new TextField();
    private final VBox root;
    private List<TraceEntry> entries = List.of();
    private java.util.function.LongConsumer onJumpToEvent = seq -> { };
    /** The rows shown: the entries that pass the filters, appended to while a run goes on. */
    private final ObservableList<TraceEntry> rows = FXCollections.observableArrayList();
    private final TreeSet<String> kinds = new TreeSet<>();
    private final TreeSet<Integer> cores = new TreeSet<>();
    private boolean updatingChoices;
    private int rebuilds;

    public EventsView() {
        table.setId("events");
        table.setItems(rows);
        kind.setId("event-kind");
        core.setId("event-core");
        search.setId("event-search");
        search.setPromptText("search the event text");
        kind.getItems().add(ALL);
        kind.setValue(ALL);
        core.getItems().add(ALL);
        core.setValue(ALL);
        table.getColumns().add(column("#", e -> Long.toString(e.seq())));
        table.getColumns().add(column("cycle", e -> Long.toString(e.time() / 30)));
        table.getColumns().add(column("core", e -> e.core() < 0 ? "chip" : Integer.toString(e.core())));
        table.getColumns().add(column("kind", e -> e.event().kind()));
        table.getColumns().add(column("event", e -> e.event().toString()));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<TraceEntry> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty()) {
                    onJumpToEvent.accept(row.getItem().seq());
                }
            });
            return row;
        });
        kind.setOnAction(e -> refilter());
        core.setOnAction(e -> refilter());
        search.textProperty().addListener((o, a, b) -> refilter());
        HBox filters = new HBox(8, kind, core, search);
        HBox.setHgrow(search, Priority.ALWAYS);
        root = new VBox(4, filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static TableColumn<TraceEntry, String> column(String title, java.util.function.Function<TraceEntry, String> text) {
        TableColumn<TraceEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** Called with an event's number when the user double-clicks its row; the window goes there. */
    public void setOnJumpToEvent(java.util.function.LongConsumer jump) {
        onJumpToEvent = jump;
    }

    public Node node() {
        return root;
    }

    /**
     * Shows the trace of {@code snapshot}. While a run goes on, the new trace continues the one
     * shown (the same run, more events), so only the new events are read and appended as rows;
     * after a step back or on another lab the rows are rebuilt.
     */
    public void show(DebugSnapshot snapshot) {
        List<TraceEntry> next = snapshot.trace();
        boolean continues = TracePrefix.continues(entries, next);
        int from = continues ? entries.size() : 0;
        if (!continues) {
            kinds.clear();
            cores.clear();
        }
        entries = next;
        for (TraceEntry e : entries.subList(from, entries.size())) {
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
        boolean sameFilters = java.util.Objects.equals(kindBefore, kind.getValue())
            && java.util.Objects.equals(coreBefore, core.getValue());
        if (continues && sameFilters) {
            append(entries.subList(from, entries.size()));
        } else {
            refilter();
        }
    }

    private void append(List<TraceEntry> added) {
        List<TraceEntry> passing = added.stream().filter(filter()).toList();
        if (!passing.isEmpty()) {
            rows.addAll(passing);
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

    private java.util.function.Predicate<TraceEntry> filter() {
        String k = kind.getValue();
        String c = core.getValue();
        String text = search.getText() == null ? "" : search.getText().toLowerCase(Locale.ROOT);
        return e -> (k == null || k.equals(ALL) || e.event().kind().equals(k))
            && (c == null || c.equals(ALL) || Integer.toString(e.core()).equals(c))
            && (text.isEmpty() || e.event().toString().toLowerCase(Locale.ROOT).contains(text));
    }

    private void refilter() {
        if (updatingChoices) {
            return;
        }
        rebuilds++;
        rows.setAll(entries.stream().filter(filter()).toList());
        if (!rows.isEmpty()) {
            table.scrollTo(rows.size() - 1);
        }
    }

    public int shownRows() {
        return table.getItems().size();
    }
}
