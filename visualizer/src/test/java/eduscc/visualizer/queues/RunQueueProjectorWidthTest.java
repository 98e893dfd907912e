package eduscc.visualizer.queues;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.visualizer.app.MainWindow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At 250 % on a 1920x1080 projector, with the mesh beside it, the run-queue view fits its tab's
 * width: its sentences wrap at the tab's edge instead of running on behind a sideways scroll bar
 * (the line "running: high at priority 16, being switched out: normal-a" used to set the width).
 */
@ExtendWith(ApplicationExtension.class)
class RunQueueProjectorWidthTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("scheduling")));
        stage.setScene(new Scene(window.root(), 1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void atTwoHundredFiftyPercentTheViewFitsItsTabAtTheSwitchOfTickSix(FxRobot robot) {
        window.controller().runTo(943, "test").join(); // tick 6: normal-a is being switched out for high
        robot.interact(() -> {
            window.projector().scale(2.5);
            window.refresh();
            window.select("run queues");
        });
        robot.interact(() -> {
            window.root().applyCss();
            window.root().layout();
        });
        Region view = robot.lookup(".run-queue").queryAs(Region.class);
        ScrollPane scroll = enclosingScroll(view);
        double tab = scroll.getViewportBounds().getWidth();
        assertTrue(view.minWidth(-1) <= tab, "the view needs " + (int) view.minWidth(-1) + " px, the tab has " + (int) tab);
    }

    private static ScrollPane enclosingScroll(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("the run-queue view is not in a scroll pane");
    }
}
