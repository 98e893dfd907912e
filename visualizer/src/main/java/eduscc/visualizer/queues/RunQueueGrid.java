package eduscc.visualizer.queues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Every released core's run queue side by side: a title, then one compact {@link CoreQueueRowView}
 * per core, and under the row of the expanded core (if any) that core's full run-queue view. The
 * row of the selected core is marked. The rows are built once per set of cores and then only
 * updated, so stepping through a 48-core lab does not rebuild the grid.
 *
 * <p>Node ids: {@code #rq-grid} (the scroll pane), {@code #rq-grid-title}, rows {@code #rq-row-N}.
 */
final class RunQueueGrid {
    static final String STYLESHEET = "/eduscc/visualizer/queues/run-queue-grid.css";

    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label title = new Label();
    private final IntConsumer clicked;
    private final Map<Integer, CoreQueueRowView> rows = new LinkedHashMap<>();
    private Node expandedView;
    private int expanded = -2;

    RunQueueGrid(IntConsumer clicked) {
        this.clicked = clicked;
        scroll.setId("rq-grid");
        scroll.setFitToWidth(true);
        scroll.getStylesheets().add(RunQueueGrid.class.getResource(STYLESHEET).toExternalForm());
        content.getStyleClass().add("rq-grid");
        title.setId("rq-grid-title");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fitWidth(b.getWidth()));
    }

    Node node() {
        return scroll;
    }

    /**
     * Shows the rows of {@code model}, marks {@code selected}, and puts {@code view} under the row of
     * {@code expandedCore} (-1: no row is expanded).
     */
    void show(RunQueueGridModel model, int selected, int expandedCore, Node view) {
        boolean sameCores = rows.keySet().stream().toList().equals(model.pids());
        if (!sameCores) {
            rows.clear();
            double width = scroll.getViewportBounds().getWidth();
            for (int pid : model.pids()) {
                CoreQueueRowView rowView = new CoreQueueRowView(pid, clicked);
                rowView.fitWidth(width);
                rows.put(pid, rowView);
            }
        }
        title.setText("Ready queues of " + model.rows().size() + " cores at position " + model.position()
            + (expandedCore < 0 ? ": click a core for its full view" : ": click core " + expandedCore
            + " again to fold its view"));
        for (CoreQueueRow row : model.rows()) {
            CoreQueueRowView rowView = rows.get(row.pid());
            rowView.show(row);
            rowView.setSelected(row.pid() == selected);
            rowView.setExpanded(row.pid() == expandedCore);
        }
        if (!sameCores || expandedCore != expanded || view != expandedView) {
            expanded = expandedCore;
            expandedView = view;
            if (!view.getStyleClass().contains("rq-grid-expansion")) {
                view.getStyleClass().add("rq-grid-expansion");
            }
            List<Node> children = new ArrayList<>(rows.size() + 2);
            children.add(title);
            for (CoreQueueRowView rowView : rows.values()) {
                children.add(rowView.node());
                if (rowView.pid() == expandedCore) {
                    children.add(view);
                }
            }
            content.getChildren().setAll(children);
        }
    }

    /** Rows and title keep to the viewport's width, so they wrap instead of running off the tab. */
    private void fitWidth(double width) {
        title.setMaxWidth(width > 0 ? width : Double.MAX_VALUE);
        rows.values().forEach(r -> r.fitWidth(width));
    }

    /** The row of core {@code pid}, for tests; null if the grid has none. */
    Node row(int pid) {
        CoreQueueRowView rowView = rows.get(pid);
        return rowView == null ? null : rowView.node();
    }
}
