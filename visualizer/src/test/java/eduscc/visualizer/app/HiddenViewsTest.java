package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A frame costs the views on screen: a view behind an unselected tab does not draw each new
 * snapshot, and draws the latest one as soon as its tab is selected.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenViewsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("scheduling")));
        stage.setScene(new Scene(window.root(), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void aHiddenViewSkipsFramesAndShowsTheLatestSnapshotWhenItsTabIsSelected(FxRobot robot) {
        robot.interact(() -> window.select("run queues"));
        for (int position : new int[] {300, 600, 900}) {
            window.controller().runTo(position, "test").join();
            robot.interact(window::refresh);
        }
        assertTrue(window.hiddenStaleViews() > 0, "views behind other tabs did not draw the run's frames");
        int events = window.controller().session().snapshot().trace().size();
        // A view behind another tab is not in the scene (ProjectorModeTest): look in the view itself.
        TableView<?> table = (TableView<?>) window.events().node().lookup("#events");
        assertTrue(table.getItems().size() < events, "the hidden events table still shows an earlier frame");
        robot.interact(() -> window.select("events"));
        assertEquals(events, table.getItems().size(), "selecting the tab shows the latest snapshot at once");
    }
}
