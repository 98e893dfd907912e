package eduscc.visualizer.queues;

import eduscc.labs.debug.DebugSnapshot;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The "Run queues" tab. With one kernel it is that core's full {@link RunQueueView}. With several
 * it is the {@link RunQueueGrid}, one compact row per core; a click on a row selects that core (the
 * mesh and the other views follow) and expands its full view under the row, a second click folds
 * it again. While a row is expanded, selecting another core elsewhere (on the mesh, in the core
 * box) moves the expanded view to that core, so the full view always shows the selected core.
 */
public final class RunQueuePanel {
    private final StackPane root = new StackPane();
    private final RunQueueView full = new RunQueueView();
    private final RunQueueGrid grid = new RunQueueGrid(this::rowClicked);
    private final IntConsumer selectCore;
    private DebugSnapshot shown;
    private int expanded = -1;

    /** @param selectCore told the pid of a core clicked in the grid, so that the window selects it */
    public RunQueuePanel(IntConsumer selectCore) {
        this.selectCore = selectCore;
        root.setId("run-queue-panel");
        root.getChildren().setAll(full.node());
    }

    public Node node() {
        return root;
    }

    /** Shows {@code snapshot} with {@code core} selected. */
    public void show(DebugSnapshot snapshot, int core) {
        shown = snapshot;
        if (!RunQueueGridModel.appliesTo(snapshot)) {
            expanded = -1;
            full.show(snapshot, core);
            if (root.getChildren().get(0) != full.node()) {
                root.getChildren().setAll(full.node());
            }
            return;
        }
        if (expanded >= 0 && expanded != core) {
            expanded = core;
        }
        // Shown even while folded, so that its "changed since the last step" compares with the
        // step before, not with whenever the view was last unfolded.
        full.show(snapshot, expanded >= 0 ? expanded : core);
        grid.show(RunQueueGridModel.of(snapshot), core, expanded, full.node());
        if (root.getChildren().get(0) != grid.node()) {
            root.getChildren().setAll(grid.node());
        }
    }

    /** The core whose full view is open under its row, -1 if none (or if no grid is shown). */
    public int expandedCore() {
        return expanded;
    }

    private void rowClicked(int pid) {
        expanded = pid == expanded ? -1 : pid;
        selectCore.accept(pid);
        if (shown != null) {
            show(shown, pid);
        }
    }
}
