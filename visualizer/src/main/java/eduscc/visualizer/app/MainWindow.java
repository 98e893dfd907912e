package eduscc.visualizer.app;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

/**
 * The debugger window: a tool bar with the stepping controls over the docked views, and a status
 * line that says where the run stands. The views read the session's latest snapshot; nothing here
 * touches the machine itself.
 */
public final class MainWindow {
    private final Session session;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();

    public MainWindow(Session session) {
        this.session = session;
        Button step = new Button("Step");
        step.setId("step");
        step.setOnAction(e -> {
            session.step();
            refresh();
        });
        Button back = new Button("Back");
        back.setId("back");
        back.setOnAction(e -> {
            session.stepBack();
            refresh();
        });
        status.setId("status");
        root.setTop(new ToolBar(step, back));
        root.setBottom(status);
        refresh();
    }

    public Parent root() {
        return root;
    }

    private void refresh() {
        DebugSnapshot s = session.snapshot();
        status.setText(String.format("%s: position %d, %s", s.lab(), s.position(), s.status()));
    }
}
