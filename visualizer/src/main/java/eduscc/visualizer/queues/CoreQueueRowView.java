package eduscc.visualizer.queues;

import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * One core's row of the run-queue grid: "17", its bitmap strip, the bitmap in hex, the running
 * task and the ready counts. The whole row is one click target. It updates its labels in place
 * and only when the core's row changed, so 48 rows cost little per frame. The strip's cells grow
 * with the font up to three quarters of it, but never beyond what the row's width holds, so the
 * 32 bits are always seen whole.
 *
 * <p>Node ids for tests and stylesheets: {@code #rq-row-N} (classes {@code rq-grid-row}, and
 * {@code selected} or {@code expanded}), with labels {@code .rq-row-pid}, {@code .rq-row-hex},
 * {@code .rq-row-running}, {@code .rq-row-ready}, {@code .rq-row-waiting}.
 */
final class CoreQueueRowView {
    private final int pid;
    /** A flow, so that on a narrow tab (a projector's scale) the texts wrap under the strip. */
    private final FlowPane root = new FlowPane();
    private final Label pidLabel = label("rq-row-pid");
    private final BitmapStrip strip = new BitmapStrip();
    private final Label hex = label("rq-row-hex");
    private final Label running = label("rq-row-running");
    private final Label ready = label("rq-row-ready");
    private final Label waiting = label("rq-row-waiting");
    private CoreQueueRow shown;
    private double width = -1;

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

    /** The width the row may take (the grid's viewport); the strip shrinks its cells to fit. */
    void fitWidth(double available) {
        if (available != width) {
            width = available;
            // Never wider than the viewport, even when a wide full view below widens the grid.
            root.setMaxWidth(available > 0 ? available : Double.MAX_VALUE);
            repaintStrip();
        }
    }

    private void repaintStrip() {
        if (shown == null) {
            return;
        }
        double font = pidLabel.getFont().getSize();
        double cell = Math.max(BitmapStrip.MIN_CELL, Math.round(font * 0.75));
        if (width > 0) {
            // What is left beside the core number, its gap and the row's padding (about 3 em).
            cell = Math.min(cell, BitmapStrip.cellToFit(width - 3.5 * font));
        }
        strip.show(shown.prioBitmap(), shown.bsr(), cell);
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
