package eduscc.visualizer.app;

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

/** The window on the boot lab, headless: stepping moves the position shown in the status line. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Session session;

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("boot"));
        stage.setScene(new Scene(new MainWindow(session).root(), 800, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void stepAndBackMoveThePosition(FxRobot robot) {
        robot.clickOn("#step");
        robot.clickOn("#step");
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("position 2"));
        robot.clickOn("#back");
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("position 1"));
    }
}
