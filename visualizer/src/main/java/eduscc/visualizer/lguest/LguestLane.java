package eduscc.visualizer.lguest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One core's lane in the lguest view: the five places a hosting core can be (host user, host
 * kernel, Switcher, guest kernel, guest user) with the one it is in now highlighted, the exits
 * counted by kind (and the hypercalls by name), the strip of the latest trips ({@link TripStrip}) and the latest exits as a
 * table, newest first: reason, the guest's EIP, the round trip's cycles. A double-click or Enter
 * on a row goes to that GuestExit event.
 *
 * <p>Node ids, with N the core: {@code #lguest-title-N}, {@code #lguest-now-N}, {@code #lguest-counts-N}, {@code #lguest-hypercalls-N},
 * {@code #lguest-exits-N}; each place is a label with style class {@code lguest-place}, the current
 * one also {@code here}.
 */
final class LguestLane {
    /** Rows the exit table shows without scrolling. */
    private static final int ROWS = 8;
    /** Rows it keeps when the panel is short (a projector's scale): the view scrolls rather than hide the newest exits. */
    private static final int ROWS_AT_LEAST = 4;
    private final VBox root = new VBox(4);
    private final Label title = new Label();
    private final Label now = new Label();
    private final Label counts = new Label();
    private final Label hypercalls = new Label();
    private final Map<GuestPlace, Label> places = new EnumMap<>(GuestPlace.class);
    private final TripStrip strip = new TripStrip();
    private final TableView<GuestTrip> exits = new TableView<>();
    private LguestViewModel.Lane shown;

    LguestLane(int core, LongConsumer jumpToEvent) {
        root.getStyleClass().add("lguest-lane");
        title.setId("lguest-title-" + core);
        title.getStyleClass().add("panel-title");
        now.setId("lguest-now-" + core);
        counts.setId("lguest-counts-" + core);
        counts.setWrapText(true);
        hypercalls.setId("lguest-hypercalls-" + core);
        hypercalls.setWrapText(true);
        FlowPane lane = new FlowPane(6, 4);
        for (GuestPlace p : GuestPlace.values()) {
            Label l = new Label(p.withRing());
            l.getStyleClass().addAll("lguest-place", p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            places.put(p, l);
            lane.getChildren().add(l);
        }
        exits.setId("lguest-exits-" + core);
        exits.setPlaceholder(new Label("no exits yet"));
        // Why and what it cost first: at a projector's scale those two fit, the rest is a scroll away.
        exits.getColumns().addAll(List.of(column("reason", 28, GuestTrip::reason),
            column("cycles", 7, t -> Long.toString(t.cycles())), column("guest EIP", 10, t -> String.format("0x%08X", t.eip())),
            column("event", 6, t -> "#" + t.exitSeq())));
        exits.setRowFactory(t -> {
            TableRow<GuestTrip> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty()) {
                    jumpToEvent.accept(row.getItem().exitSeq());
                }
            });
            return row;
        });
        exits.setOnKeyPressed(key -> {
            GuestTrip picked = exits.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.ENTER && picked != null) {
                jumpToEvent.accept(picked.exitSeq());
            }
        });
        title.fontProperty().addListener((o, was, font) -> fit());
        root.widthProperty().addListener((o, was, width) -> fit());
        Label legend = new Label(TripStrip.LEGEND);
        legend.setWrapText(true);
        legend.getStyleClass().add("lguest-legend");
        VBox.setVgrow(exits, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(title, lane, now, counts, hypercalls, strip.node(), legend, exits);
    }

    private static TableColumn<GuestTrip, String> column(String name, int chars, Function<GuestTrip, String> text) {
        TableColumn<GuestTrip, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        c.setUserData(chars);
        return c;
    }

    VBox node() {
        return root;
    }

    /** Columns as wide as their text in the font in use (a projector's scale widens them); the strip as wide as the lane. */
    private void fit() {
        double em = title.getFont().getSize();
        for (TableColumn<GuestTrip, ?> c : exits.getColumns()) {
            c.setPrefWidth((Integer) c.getUserData() * em * 0.62 + em);
        }
        exits.setMinHeight(em * 2.1 * (ROWS_AT_LEAST + 1));
        exits.setPrefHeight(em * 2.1 * (ROWS + 1));
        strip.resize(root.getWidth() - 8, title.getFont());
    }

    void show(LguestViewModel.Lane lane) {
        title.setText(lane.title());
        now.setText(lane.now());
        counts.setText(lane.counts());
        hypercalls.setText(lane.hypercalls());
        hypercalls.setVisible(!lane.hypercalls().isEmpty());
        hypercalls.setManaged(hypercalls.isVisible());
        places.forEach((p, l) -> l.getStyleClass().remove("here"));
        places.get(lane.place()).getStyleClass().add("here");
        if (shown == null || !shown.trips().equals(lane.trips()) || shown.place() != lane.place()) {
            strip.show(lane.trips(), lane.place() == GuestPlace.SWITCHER);
        }
        if (shown == null || !shown.latest().equals(lane.latest())) {
            exits.getItems().setAll(lane.latest());
        }
        shown = lane;
    }

    /** The table's rows as text (tests): "#412 | general protection | 0x00400023 | 451". */
    List<String> rows() {
        return exits.getItems().stream().map(t -> "#" + t.exitSeq() + " | " + t.reason() + " | "
            + String.format("0x%08X", t.eip()) + " | " + t.cycles()).toList();
    }

    /** The place highlighted now (tests). */
    GuestPlace highlighted() {
        return places.entrySet().stream().filter(e -> e.getValue().getStyleClass().contains("here"))
            .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    TripStrip strip() {
        return strip;
    }
}
