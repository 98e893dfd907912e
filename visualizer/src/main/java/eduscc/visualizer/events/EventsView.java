package eduscc.visualizer.events;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.trace.TraceEntry;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
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

    public EventsView() {
        table.setId("events");
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

    public void show(DebugSnapshot snapshot) {
        entries = snapshot.trace();
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
        table.setItems(FXCollections.observableArrayList(entries.stream()
            .filter(e -> k == null || k.equals(ALL) || e.event().kind().equals(k))
            .filter(e -> c == null || c.equals(ALL) || Integer.toString(e.core()).equals(c))
            .filter(e -> text.isEmpty() || e.event().toString().toLowerCase(Locale.ROOT).contains(text))
            .toList()));
        if (!table.getItems().isEmpty()) {
            table.scrollTo(table.getItems().size() - 1);
        }
    }

    public int shownRows() {
        return table.getItems().size();
    }
}
