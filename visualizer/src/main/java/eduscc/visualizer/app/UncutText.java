package eduscc.visualizer.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The debugger's rule that no value is ever cut to "...", at any scale (issue 7: "it wraps, grows
 * or scrolls, it never cuts a value"), kept in one place for every docked view rather than in
 * each: a label or button is never narrower than its text (its panel scrolls instead, see
 * {@link ViewDocking}); a sentence-long label in a column of labels wraps instead; a table column
 * grows to its widest cell on screen or its title (the table scrolls sideways), a drop-down list
 * is as wide as its choice, a chart keeps room for its axes. A view that sets a minimum width of
 * its own keeps it.
 */
final class UncutText {
    /** Longer labels in a column of labels are sentences: they wrap instead of widening the view. */
    static final int SENTENCE = 40;
    private static final String CHART_MINIMUM = "eduscc.uncut.chart-minimum";
    private static final String REMEASURED = "eduscc.uncut.remeasured";

    private UncutText() {
    }

    /** Applies the rule to everything under {@code view}; cheap enough to run after every layout. */
    static void apply(Node view) {
        if (!view.isVisible()) {
            return;
        }
        if (view instanceof TableCell<?, ?> cell) {
            widen(cell.getTableColumn(), cell);
        } else if (view instanceof Labeled labeled && view.getParent() instanceof TableColumnHeader header) {
            widen(header.getTableColumn(), labeled);
        } else if (view instanceof Labeled labeled && !(view instanceof IndexedCell<?>)) {
            keepWhole(labeled);
        } else if (view instanceof ListCell<?> cell && cell.isWrapText()) {
            fullHeight(cell);
        } else if (view instanceof ComboBoxBase<?> box && box.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            box.setMinWidth(Region.USE_PREF_SIZE);
        } else if (view instanceof Chart chart) {
            roomForAxes(chart);
        }
        if (view instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                apply(child);
            }
        }
    }

    private static void keepWhole(Labeled labeled) {
        String text = labeled.getText();
        if (!labeled.isWrapText() && labeled.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            if (text != null && text.length() > SENTENCE && text.contains(" ") && labeled.getParent() instanceof VBox) {
                labeled.setWrapText(true);
            } else {
                labeled.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        // A wrapping label gets all its lines: its own minimum is one line, so a crowded column
        // would cut the rest to "...".
        if (labeled.isWrapText() && labeled.getMinHeight() == Region.USE_COMPUTED_SIZE) {
            labeled.setMinHeight(Region.USE_PREF_SIZE);
        }
    }

    /**
     * A list row whose text wraps gets all its lines. The list measures a row once, before a
     * scroll bar or a new scale changes its width; a row left shorter than its text makes the list
     * measure its rows again.
     */
    private static void fullHeight(ListCell<?> cell) {
        if (cell.getMinHeight() == Region.USE_COMPUTED_SIZE) {
            cell.setMinHeight(Region.USE_PREF_SIZE);
        }
        var list = cell.getListView();
        if (list != null && cell.getHeight() + 1 < cell.prefHeight(cell.getWidth())) {
            // Once per width and font: should the list still give the row less, it is not asked again.
            String measure = cell.getWidth() + "/" + cell.getFont().getSize();
            if (!measure.equals(list.getProperties().put(REMEASURED, measure))) {
                list.refresh();
            }
        }
    }

    /** A column as wide as the widest of its cells on screen, or its title. */
    private static void widen(TableColumnBase<?, ?> column, Labeled cell) {
        if (column == null || cell.getText() == null || cell.getText().isEmpty()) {
            return;
        }
        double needed = Math.ceil(cell.prefWidth(-1)) + 1;
        if (cell.getParent() instanceof TableColumnHeader header) {
            needed += header.snappedLeftInset() + header.snappedRightInset() + cell.getFont().getSize();
        }
        if (needed > column.getWidth() && needed <= column.getMaxWidth()) {
            column.setPrefWidth(needed);
        }
    }

    /**
     * A chart keeps room for its axis titles and tick labels: at 300 % a small chart would
     * have none left and cut its axis title to nothing. Its minimum follows the font in use.
     */
    private static void roomForAxes(Chart chart) {
        if (chart.getMinHeight() != Region.USE_COMPUTED_SIZE && !chart.getProperties().containsKey(CHART_MINIMUM)) {
            return;
        }
        double em = chart.lookupAll(".label").stream().filter(n -> n instanceof Labeled)
            .mapToDouble(n -> ((Labeled) n).getFont().getSize()).max().orElse(13);
        if (chart.getMinHeight() != 16 * em) {
            chart.getProperties().put(CHART_MINIMUM, em);
            chart.setMinSize(24 * em, 16 * em);
        }
    }
}
