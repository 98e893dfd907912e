package eduscc.visualizer.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The events table keeps up with a run: each new snapshot appends its new events as rows instead
 * of rebuilding the table from the whole trace; a step back or a filter change rebuilds.
 */
@ExtendWith(ApplicationExtension.class)
class EventsViewTest {
    private Session session;
    private EventsView view;

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("scheduling"));
        view = new EventsView();
        stage.setScene(new Scene((Parent) view.node(), 900, 500));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aRunningLabAppendsRowsAndRebuildsOnlyOnce(FxRobot robot) {
        robot.interact(() -> view.show(session.snapshot()));
        for (int i = 0; i < 20; i++) {
            session.runTo(session.snapshot().position() + 60, "test");
            robot.interact(() -> view.show(session.snapshot()));
            assertEquals(session.snapshot().trace().size(), view.shownRows(), "every event so far is a row");
        }
        assertEquals(0, view.rowRebuilds(), "20 frames of a run appended rows and never rebuilt the table");
    }

    @Test
    void aStepBackAndAFilterChangeRebuildTheRows(FxRobot robot) {
        session.runTo(600, "test");
        robot.interact(() -> view.show(session.snapshot()));
        int before = view.rowRebuilds();
        session.stepBack();
        robot.interact(() -> view.show(session.snapshot()));
        assertEquals(before + 1, view.rowRebuilds(), "a step back re-ran the lab: a new trace, a new table");
        assertEquals(session.snapshot().trace().size(), view.shownRows());
        robot.interact(() -> robot.lookup("#event-kind").queryAs(ComboBox.class).setValue("SchedulerDecision"));
        long decisions = session.snapshot().trace().stream().filter(e -> e.event().kind().equals("SchedulerDecision")).count();
        assertEquals(decisions, view.shownRows(), "only the chosen kind is listed");
        session.runTo(900, "test");
        robot.interact(() -> view.show(session.snapshot()));
        long more = session.snapshot().trace().stream().filter(e -> e.event().kind().equals("SchedulerDecision")).count();
        assertEquals(more, view.shownRows(), "rows appended while a filter is set pass the filter too");
    }
}
