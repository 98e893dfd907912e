package eduscc.visualizer.mpb;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.visualizer.app.DockedView;
import eduscc.visualizer.app.PreviousSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The MPB view: who in the RCCE world waits for which flag or LOCK register and who holds each
 * register, and the selected core's tile, its message-passing buffer as the two cores' 8 KiB
 * shares decoded by RCCE's layout, with the bytes that changed in the last step marked and the
 * lines still held in a write-combine buffer named.
 * A tab beside the mesh rather than a layer on it: the shares are text (a row per flag, hex
 * payload) that needs the tab's width, while the mesh stays in sight next to it and a click on a
 * core box there picks the tile shown here. The bytes come with every snapshot, read by the
 * simulator's probe at the pause (no cycle charged).
 *
 * <p>Node ids: {@code #mpb-title}, {@code #mpb-hops} (the run's MPB reads by hop count beside the
 * chip's table, filled as the run goes), {@code #mpb-waits} (a grid; {@code #mpb-wait-PID} is core
 * PID's "spins for" cell, {@code #mpb-holds-PID} its "holds" cell: the LOCK registers its task
 * holds), {@code #mpb-heading-Z} and {@code #mpb-share-Z} for the tile's core z=0 and z=1 (changed bytes have the style class {@code changed}, lines still in a write-combine
 * buffer {@code pending}).
 */
public final class MpbView implements DockedView {
    private final VBox root = new VBox();
    private final Label title = new Label();
    private final Label hops = new Label();
    /** The "who waits" table's columns; the two sentences wrap, the rest keep their width. */
    private static final String[] HEADER = {"core", "rank", "spins for", "holds", "barriers", "write-combine buffer"};
    private static final int SPINS = 2;
    private static final int PENDING = 5;
    private final GridPane waits = new GridPane();
    private final ScrollPane waitsScroll = new ScrollPane(waits);
    private final Label[] headings = {new Label(), new Label()};
    private final StyleClassedTextArea[] areas = {new StyleClassedTextArea(), new StyleClassedTextArea()};
    private final List<Node> halves = new ArrayList<>();
    private final PreviousSnapshot previous = new PreviousSnapshot();
    private MpbViewModel model;

    public MpbView() {
        root.getStylesheets().add(MpbView.class.getResource("mpb.css").toExternalForm());
        root.getStyleClass().add("mpb-view");
        title.setId("mpb-title");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        waits.setId("mpb-waits");
        // The numbers keep their width; the two sentences share the rest and wrap at word ends,
        // so that a projector's large text stays inside the tab.
        for (int c = 0; c < HEADER.length; c++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            boolean sentence = c == SPINS || c == PENDING;
            column.setMinWidth(sentence ? 0 : Region.USE_PREF_SIZE);
            column.setHgrow(sentence ? Priority.ALWAYS : Priority.NEVER);
            // At a projector's scale "write-combine" must still fit on one line in its column.
            column.setPercentWidth(c == SPINS ? 26 : c == PENDING ? 31 : -1);
            waits.getColumnConstraints().add(column);
        }
        waits.getStyleClass().add("mpb-waits");
        waitsScroll.setFitToWidth(true);
        // The long cells wrap rather than scroll sideways, and the rows are never squeezed to one.
        waitsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        waitsScroll.setMinHeight(Region.USE_PREF_SIZE);
        waitsScroll.setMaxHeight(Region.USE_PREF_SIZE);
        // Two cores' rows take what they need, wrapped to the tab's width; forty-eight scroll in a
        // third of the tab, so that the shares keep the rest.
        waitsScroll.viewportBoundsProperty().addListener((o, was, now) -> fitWaits());
        root.heightProperty().addListener((o, was, now) -> fitWaits());
        hops.setId("mpb-hops");
        hops.setWrapText(true);
        root.getChildren().addAll(title, hops, waitsScroll);
        for (int z = 0; z < 2; z++) {
            headings[z].setId("mpb-heading-" + z);
            headings[z].getStyleClass().add("mpb-heading");
            headings[z].setWrapText(true);
            areas[z].setId("mpb-share-" + z);
            areas[z].setEditable(false);
            VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(areas[z]);
            // Asks for little and grows into what is left, so the "who waits" rows keep their height.
            scroll.setPrefHeight(80);
            scroll.setMinHeight(60);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            VBox half = new VBox(headings[z], scroll);
            half.getStyleClass().add("mpb-half");
            VBox.setVgrow(half, Priority.ALWAYS);
            halves.add(half);
            halves.add(scroll);
            root.getChildren().add(half);
        }
    }

    @Override
    public String title() {
        return "MPB";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(DebugSnapshot snapshot, int core) {
        model = MpbViewModel.of(snapshot, previous.before(snapshot), core);
        title.setText(model.title());
        hops.setText(model.hops());
        hops.setVisible(!model.hops().isEmpty());
        hops.setManaged(!model.hops().isEmpty());
        drawWaits();
        for (int z = 0; z < 2; z++) {
            MpbViewModel.Half half = z < model.shares().size() ? model.shares().get(z) : null;
            Node box = halves.get(2 * z);
            Node scroll = halves.get(2 * z + 1);
            box.setVisible(half != null);
            box.setManaged(half != null);
            if (half == null) {
                continue;
            }
            headings[z].setText(half.heading());
            scroll.setVisible(half.share() != null);
            scroll.setManaged(half.share() != null);
            VBox.setVgrow(box, half.share() != null ? Priority.ALWAYS : Priority.NEVER);
            if (half.share() != null) {
                draw(areas[z], half.share());
            }
        }
    }

    /** What the view shows now (tests read it). */
    public MpbViewModel model() {
        return model;
    }

    private void drawWaits() {
        waits.getChildren().clear();
        waitsScroll.setVisible(!model.waits().isEmpty());
        waitsScroll.setManaged(!model.waits().isEmpty());
        if (model.waits().isEmpty()) {
            return;
        }
        for (int c = 0; c < HEADER.length; c++) {
            Label h = c == SPINS || c == PENDING ? wrapping(HEADER[c]) : new Label(HEADER[c]);
            h.getStyleClass().add("mpb-waits-header");
            waits.add(h, c, 0);
        }
        int row = 1;
        for (MpbViewModel.WaitRow w : model.waits()) {
            Label spins = wrapping(w.waitingFor());
            spins.setId("mpb-wait-" + w.pid());
            spins.getStyleClass().add(w.waiting() ? "mpb-waiting" : "mpb-not-waiting");
            Label pending = wrapping(w.pending());
            if (!w.pending().equals("empty")) {
                pending.getStyleClass().add("pending");
            }
            Label holds = new Label(w.holds());
            holds.setId("mpb-holds-" + w.pid());
            if (!w.holds().equals(MpbViewModel.NOTHING)) {
                holds.getStyleClass().add("mpb-holding");
            }
            waits.addRow(row++, new Label(String.valueOf(w.pid())), new Label(String.valueOf(w.rank())), spins, holds,
                new Label(String.valueOf(w.barriersPassed())), pending);
        }
        javafx.application.Platform.runLater(this::fitWaits);
    }

    /** The rows' height at the width they have (a ScrollPane asks its content without one). */
    private void fitWaits() {
        double width = waitsScroll.getViewportBounds().getWidth();
        if (width <= 0) {
            return;
        }
        double wanted = Math.min(waits.prefHeight(width), root.getHeight() * 0.34);
        if (Math.abs(waitsScroll.getPrefViewportHeight() - wanted) > 0.5) {
            waitsScroll.setPrefViewportHeight(wanted);
        }
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void draw(StyleClassedTextArea area, ShareText share) {
        // Every step replaces the text; the reader keeps the place he scrolled to (the top at first).
        double scrolledTo = area.getEstimatedScrollY();
        area.replaceText(share.text());
        area.moveTo(0);
        area.scrollYToPixel(scrolledTo);
        TreeMap<Integer, ShareText.Mark> ranges = new TreeMap<>();
        Map<Integer, List<String>> styles = new HashMap<>();
        for (ShareText.Mark mark : share.marks()) {
            ranges.putIfAbsent(mark.start(), mark);
            styles.computeIfAbsent(mark.start(), k -> new ArrayList<>()).add(mark.style());
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (ShareText.Mark mark : ranges.values()) {
            spans.add(List.of(), mark.start() - at);
            spans.add(styles.get(mark.start()), mark.end() - mark.start());
            at = mark.end();
        }
        spans.add(List.of(), share.text().length() - at);
        area.setStyleSpans(0, spans.create());
    }
}
