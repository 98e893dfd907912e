package eduscc.visualizer.app;

import eduscc.labs.debug.DebugSnapshot;
import javafx.scene.Node;

/** A panel of the debugger window: it draws a snapshot for the selected core. */
public interface DockedView {
    String title();

    Node node();

    void show(DebugSnapshot snapshot, int core);
}
