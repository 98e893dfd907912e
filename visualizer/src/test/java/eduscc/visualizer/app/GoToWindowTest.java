package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.visualizer.events.EventsView;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Going to a tick, a cycle, a position or an event from the window, and what the narration shows there. */
@ExtendWith(ApplicationExtension.class)
class GoToWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("scheduling")));
        Scene scene = new Scene(window.root(), 1280, 760);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    private DebugSnapshot settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(window::refresh);
        return window.controller().session().snapshot();
    }

    private void type(FxRobot robot, String text) {
        TextField field = robot.lookup("#go-to").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
    }

    private String status(FxRobot robot) {
        settle(robot);
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void theGoToFieldGoesToATickAPositionAndACycle(FxRobot robot) {
        type(robot, "tick 6");
        assertEquals(6, settle(robot).kernels().get(0).tick(), status(robot));
        type(robot, "937");
        assertEquals(937, settle(robot).position());
        type(robot, "cycle 7000000");
        assertEquals(1, settle(robot).kernels().get(0).tick(), "cycle 7000000 lies in the first tick: " + status(robot));
    }

    @Test
    void textTheFieldCannotReadIsExplainedInTheStatusLine(FxRobot robot) {
        type(robot, "tock 6");
        assertTrue(status(robot).contains("'tick 6'"), status(robot));
        type(robot, "tick 2");
        assertFalse(status(robot).contains("'tick 6'"), "a good go-to clears the message: " + status(robot));
    }

    @Test
    void jumpingStraightToTickOneShowsTheTickZeroCheckPassedNotARedCross(FxRobot robot) {
        robot.interact(() -> window.select("lab"));
        type(robot, "tick 1");
        settle(robot);
        ListView<String> steps = robot.lookup("#lab-steps").queryListView();
        String tick0 = steps.getItems().get(0);
        assertFalse(tick0.contains("\u2717"), "a red cross at tick 1 for the tick-0 check: " + tick0);
        assertTrue(tick0.contains("\u2713"), "judged as tick 0 ended: " + tick0);
    }

    @Test
    void doubleClickOnANarrationLineGoesToItsTick(FxRobot robot) {
        robot.interact(() -> window.select("lab"));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> tick3 = robot.lookup("#lab-steps .list-cell").queryAllAs(ListCell.class).stream()
            .filter(c -> c.getItem() != null && c.getItem().toString().startsWith("Tick 3")).findFirst().orElseThrow();
        robot.doubleClickOn(tick3);
        assertEquals(3, settle(robot).kernels().get(0).tick(), status(robot));
    }

    @Test
    void doubleClickOnAnEventRowGoesToThatEvent(FxRobot robot) {
        type(robot, "17500");
        settle(robot);
        robot.interact(() -> window.select("events"));
        robot.interact(() -> ((javafx.scene.control.TableView<?>) window.events().node().lookup("#events")).scrollTo(100));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        java.util.Set<TableRow<EventsView.Row>> rows = (java.util.Set<TableRow<EventsView.Row>>) (java.util.Set<?>)
            robot.lookup("#events .table-row-cell").queryAllAs(TableRow.class);
        TableRow<EventsView.Row> row = rows.stream()
            .filter(r -> r.getItem() != null && onScreen(r))
            .min(java.util.Comparator.comparingLong(r -> r.getItem().entry().seq()))
            .orElseThrow(); // an event well before the last one
        TraceEntry entry = row.getItem().entry();
        robot.doubleClickOn(row);
        DebugSnapshot at = settle(robot);
        assertEquals(entry, at.lastEvent().seq() >= entry.seq() ? at.trace().get((int) entry.seq()) : null);
        assertTrue(at.position() < 17_500, "went back to event #" + entry.seq() + ": " + status(robot));
        try (Session reference = new Session(ShippedLabs.load("scheduling"))) {
            reference.runUntil(e -> e.seq() == entry.seq(), "event");
            assertEquals(reference.snapshot().position(), at.position(), "where Next event stops for that event");
        }
    }

    /** A row the user can see: inside the window, not scrolled out of the table or the tab. */
    private static boolean onScreen(javafx.scene.Node node) {
        var bounds = node.localToScene(node.getBoundsInLocal());
        var scene = node.getScene();
        return bounds.getMinY() >= 0 && bounds.getMaxY() <= scene.getHeight() && bounds.getMinX() >= 0
            && bounds.getMinX() < scene.getWidth();
    }
}
