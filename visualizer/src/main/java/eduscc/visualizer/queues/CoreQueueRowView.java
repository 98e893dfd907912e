package eduscc.visualizer.queues;

import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * One core's row of the run-queue grid: "17", its bitmap strip, the bitmap in hex, the running
 * task and the ready counts. The whole row is one click target. It updates its labels in place
 * and only when the core's row changed, so 48 rows cost little per frame.
 *
 * <p>Node ids for tests and stylesheets: {@code #rq-row-N} (classes {@code rq-grid-row}, and
 * {@code selected} or {@code expanded}), with labels {@code .rq-row-pid}, {@code .rq-row-hex},
 * {@code .rq-row-running}, {@code .rq-row-ready}, {@code .rq-row-waiting}.
 */
final class CoreQueueRowView {
    private final int pid;
    private final HBox root = new HBox();
    private final Label pidLabel = label("rq-row-pid");
    private final BitmapStrip strip = new BitmapStrip();
    private final Label hex = label("rq-row-hex");
    private final Label running = label("rq-row-running");
    private final Label ready = label("rq-row-ready");
    private final Label waiting = label("rq-row-waiting");
    private CoreQueueRow shown;

    CoreQueueRowView(int pid, IntConsumer clicked) {
        this.pid = pid;
        root.setId("rq-row-" + pid);
        root.getStyleClass().add("rq-grid-row");
        pidLabel.setText(Integer.toString(pid));
        root.getChildren().addAll(pidLabel, strip.node(), hex, running, ready, waiting);
        root.setOnMouseClicked(e -> clicked.accept(pid));
        // The strip's cells follow the row's font, so a projector's scale grows them with the text.
        pidLabel.fontProperty().addListener((o, a, b) -> repaintStrip());
    }

    Node node() {
        return root;
    }

    int pid() {
        return pid;
    }

    /** Shows the core's row; a row equal to the one shown changes nothing. */
    void show(CoreQueueRow row) {
        if (row.equals(shown)) {
            return;
        }
        shown = row;
        hex.setText(row.bitmapHex());
        running.setText(row.runningText());
        ready.setText(row.readyText());
        waiting.setText(row.waitingText());
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("idle"), row.idleRuns());
        repaintStrip();
    }

    private void repaintStrip() {
        if (shown != null) {
            strip.show(shown.prioBitmap(), shown.bsr(), pidLabel.getFont().getSize());
        }
    }

    void setSelected(boolean selected) {
        toggle("selected", selected);
    }

    void setExpanded(boolean expanded) {
        toggle("expanded", expanded);
    }

    private void toggle(String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE); // a narrow tab scrolls; it never cuts "own p11" to "..."
        return l;
    }
}
