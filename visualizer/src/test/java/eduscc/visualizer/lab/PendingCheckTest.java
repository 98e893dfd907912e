package eduscc.visualizer.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.visualizer.app.MainWindow;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A narration check of the tick that is still running and does not hold yet says "not yet",
 * not a red cross: in the thread-create lab, tick 2's console line is printed late in the tick.
 * Once the console line is there, the check shows a tick.
 */
@ExtendWith(ApplicationExtension.class)
class PendingCheckTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("thread-create")));
        Scene scene = new Scene(window.root(), 1280, 760);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    private String stepOfTick2(FxRobot robot, String goTo) {
        robot.interact(() -> window.select("lab"));
        TextField field = robot.lookup("#go-to").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(goTo);
            field.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(window::refresh);
        ListView<String> steps = robot.lookup("#lab-steps").queryListView();
        return steps.getItems().stream().filter(s -> s.startsWith("Tick 2: Then other's slice is over")).findFirst()
            .orElseThrow();
    }

    @Test
    void aCheckOfTheRunningTickThatDoesNotHoldYetIsPendingThenTicksWhenTheTickEnds(FxRobot robot) {
        String atTickStart = stepOfTick2(robot, "tick 2");
        assertFalse(atTickStart.contains("\u2717"), "no red cross while tick 2 still runs: " + atTickStart);
        assertTrue(atTickStart.contains("\u2026 not yet"), atTickStart);
        String atTheEnd = stepOfTick2(robot, "tick 3"); // the lab ends in tick 2: the go-to stops at its end
        assertTrue(atTheEnd.contains("\u2713 check: running is idle"), atTheEnd);
    }
}
