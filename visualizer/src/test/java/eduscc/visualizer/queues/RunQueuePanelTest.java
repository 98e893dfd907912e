package eduscc.visualizer.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The run-queue tab of the 48-core lab, headless: one compact row per core, a click on a row
 * selects the core and opens its full view under the row, a second click folds it; a one-core lab
 * keeps the full view alone.
 */
@ExtendWith(ApplicationExtension.class)
class RunQueuePanelTest {
    private Session session;
    private RunQueuePanel panel;
    private final List<Integer> selected = new ArrayList<>();

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("multicore"));
        RunQueueGridModelTest.firstDecisionOn(session, 17);
        panel = new RunQueuePanel(selected::add);
        panel.show(session.snapshot(), 0);
        stage.setScene(new Scene((Parent) panel.node(), 900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static Label label(Node row, String styleClass) {
        return (Label) row.lookup("." + styleClass);
    }

    @Test
    void everyCoreHasARowWithItsOwnBitmapAndRunningTask(FxRobot robot) {
        for (int pid = 0; pid < 48; pid++) {
            Node row = robot.lookup("#rq-row-" + pid).query();
            KernelSnapshot k = session.snapshot().kernels().get(pid);
            assertEquals(String.format("0x%08X", k.prioBitmap()), label(row, "rq-row-hex").getText(), "core " + pid);
            assertEquals(String.format("prioBitmap 0x%08X", k.prioBitmap()), stripText(row), "core " + pid + "'s strip");
        }
        assertEquals("normal p8", label(robot.lookup("#rq-row-17").query(), "rq-row-running").getText());
        assertTrue(robot.lookup("#rq-title").tryQuery().isEmpty(), "no full view before a row is clicked");
        assertTrue(robot.lookup("#rq-row-0").query().getStyleClass().contains("selected"), "the selected core is marked");
    }

    private static String stripText(Node row) {
        for (Node child : ((Parent) row).getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.canvas.Canvas canvas) {
                return canvas.getAccessibleText();
            }
        }
        return null;
    }

    @Test
    void clickingARowSelectsTheCoreAndOpensItsFullViewUnderTheRow(FxRobot robot) {
        robot.clickOn("#rq-row-17");
        assertEquals(List.of(17), selected, "the window is told to select core 17");
        assertEquals(17, panel.expandedCore());
        Label title = robot.lookup("#rq-title").queryAs(Label.class);
        assertEquals("Ready queues, core 17, tick 1", title.getText());
        List<Node> rows = ((Parent) robot.lookup("#rq-row-17").query().getParent()).getChildrenUnmodifiable();
        int at = rows.indexOf(robot.lookup("#rq-row-17").query());
        assertTrue(rows.get(at + 1).lookup("#rq-title") != null, "the full view sits right under core 17's row");
        assertTrue(robot.lookup("#rq-row-17").query().getStyleClass().contains("expanded"));
        assertTrue(robot.lookup("#prio-2").tryQuery().isPresent(), "core 17's own task waits in list 2");
    }

    @Test
    void aSecondClickFoldsTheFullViewAgain(FxRobot robot) {
        robot.clickOn("#rq-row-17");
        robot.clickOn("#rq-row-17");
        assertEquals(-1, panel.expandedCore());
        assertTrue(robot.lookup("#rq-title").tryQuery().isEmpty(), "the full view is folded");
        assertEquals(List.of(17, 17), selected, "core 17 stays selected");
    }

    @Test
    void selectingAnotherCoreElsewhereMovesTheOpenView(FxRobot robot) {
        robot.clickOn("#rq-row-17");
        robot.interact(() -> panel.show(session.snapshot(), 26)); // the mesh selected core 26
        assertEquals(26, panel.expandedCore());
        assertTrue(robot.lookup("#rq-title").queryAs(Label.class).getText().startsWith("Ready queues, core 26,"),
            robot.lookup("#rq-title").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#rq-row-17").query().getStyleClass().contains("expanded"));
        assertTrue(robot.lookup("#rq-row-26").query().getStyleClass().contains("selected"));
    }

    @Test
    void aOneCoreLabShowsTheFullViewWithoutAGrid(FxRobot robot) {
        try (Session scheduling = new Session(ShippedLabs.load("scheduling"))) {
            robot.interact(() -> panel.show(scheduling.snapshot(), 0));
            assertNotNull(robot.lookup("#rq-title").queryAs(Label.class));
            assertTrue(robot.lookup("#rq-grid").tryQuery().isEmpty(), "one kernel: no grid");
            assertTrue(robot.lookup("#rq-row-0").tryQuery().isEmpty());
        }
    }

    @Test
    void atThreeTimesTheTextEveryRowStaysWholeInsideTheTab(FxRobot robot) {
        double tabWidth = 740; // the tab pane beside the mesh in a 1280-pixel window
        RunQueuePanel big = new RunQueuePanel(pid -> { });
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            big.show(session.snapshot(), 0);
            Parent root = (Parent) big.node();
            root.setStyle("-fx-font-size: 39px;"); // 300 % of the default 13 px
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root, tabWidth, 700));
            stage[0].show();
        });
        try {
            for (int pid = 0; pid < 48; pid++) {
                Node row = big.node().lookup("#rq-row-" + pid);
                for (Node child : ((Parent) row).getChildrenUnmodifiable()) {
                    double right = child.localToScene(child.getBoundsInLocal()).getMaxX();
                    assertTrue(right <= tabWidth, "core " + pid + ": " + child + " ends at x = " + right
                        + ", outside the tab");
                    if (child instanceof Label text) {
                        assertTrue(text.getWidth() >= text.prefWidth(-1) - 0.5, "core " + pid + ": '" + text.getText()
                            + "' is cut short");
                    }
                }
            }
        } finally {
            robot.interact(() -> stage[0].close());
        }
    }
}
