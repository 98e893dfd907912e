package eduscc.visualizer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ScenarioReader;
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
 * On a long run the events table holds the session's window, not the whole run: rows of events
 * the window let go are dropped as the run goes on, and a line says how many came before.
 */
@ExtendWith(ApplicationExtension.class)
class LongEventsViewTest {
    private Session session;
    private EventsView view;

    @Start
    void start(Stage stage) {
        session = new Session(ScenarioReader.parse("turns.json", """
            {"name": "turns", "description": "two tasks take turns at 10 kHz",
             "machine": {"cores": [0]}, "kernel": {"timerFreq": 10000},
             "cores": [{"pid": 0, "tasks": [
               {"name": "a", "priority": 8, "steps": [{"type": "slices", "count": 100000}]},
               {"name": "b", "priority": 8, "steps": [{"type": "slices", "count": 100000}]}]}]}
            """));
        view = new EventsView();
        stage.setScene(new Scene((Parent) view.node(), 900, 500));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theTableHoldsTheWindowAndSaysWhatCameBefore(FxRobot robot) {
        robot.interact(() -> view.show(session.snapshot()));
        Label leftOut = robot.lookup("#events-left-out").queryAs(Label.class);
        assertTrue(!leftOut.isVisible(), "a short run leaves nothing out");
        for (int frame = 0; frame < 6; frame++) {
            session.publishRun(session.advance(200_000), "running");
            robot.interact(() -> view.show(session.snapshot()));
            assertEquals(session.snapshot().trace().size(), view.shownRows(), "every event of the window is a row");
            assertTrue(view.shownRows() <= Session.TRACE_WINDOW);
        }
        long before = session.snapshot().traceLeftOut();
        assertTrue(before > 0, "the run outgrew the window");
        assertTrue(leftOut.isVisible());
        assertTrue(leftOut.getText().startsWith(String.format("%,d earlier events", before)), leftOut.getText());
        assertEquals(0, view.rowRebuilds(), "dropping old rows is not a rebuild");
    }
}
