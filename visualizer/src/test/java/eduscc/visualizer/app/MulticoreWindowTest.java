package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The debugger window on the 48-core lab: the run-queue grid and the rest of the window agree on the core. */
@ExtendWith(ApplicationExtension.class)
class MulticoreWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("multicore")));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
        window.select("run queues");
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void theRunQueueTabShowsARowPerCore(FxRobot robot) {
        for (int pid = 0; pid < 48; pid++) {
            assertTrue(robot.lookup("#rq-row-" + pid).tryQuery().isPresent(), "a row for core " + pid);
        }
    }

    @Test
    void clickingCore17sRowSelectsCore17EverywhereAndOpensItsQueues(FxRobot robot) {
        robot.interact(() -> scrollIntoView(robot.lookup("#rq-row-17").query()));
        robot.clickOn("#rq-row-17");
        assertEquals(17, window.selectedCore(), "the window's core box follows the grid");
        assertTrue(robot.lookup("#rq-row-17").query().getStyleClass().containsAll(java.util.List.of("selected", "expanded")));
        assertTrue(robot.lookup("#rq-title").queryAs(Label.class).getText().startsWith("Ready queues, core 17"));
    }

    /** As a user scrolls down to a row below the fold (the tab scrolls at a large scale or on a small screen). */
    private static void scrollIntoView(javafx.scene.Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, y / room)));
                }
            }
        }
        node.getScene().getRoot().layout();
    }
}
