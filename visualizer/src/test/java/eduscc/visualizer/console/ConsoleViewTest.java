package eduscc.visualizer.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.app.MainWindow;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console panel: what the scheduling lab's tasks print on core 0, as text, growing with the run. */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("scheduling")));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(window::refresh);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String consoleText(FxRobot robot) {
        return robot.lookup("#console-text-0").queryAs(TextArea.class).getText();
    }

    @Test
    void theTasksOutputAppearsAsTextAndGrowsWithTheRun(FxRobot robot) {
        robot.interact(() -> window.select("Console"));
        assertTrue(robot.lookup("#console-empty").queryLabeled().isVisible(), "nothing printed at the start");
        for (int i = 0; i < 12; i++) {
            window.controller().nextEvent(e -> e.event() instanceof TraceEvent.ConsoleOutput, "console output");
        }
        settle(robot);
        String early = consoleText(robot);
        assertEquals(window.controller().session().snapshot().machine().core(0).console(), early);
        assertTrue(early.length() >= 12, "one character per ConsoleOutput event: '" + early + "'");
        assertTrue(robot.lookup("#console-0").tryQuery().isPresent() || window.console().text(0).equals(early));
        window.controller().run(null);
        settle(robot);
        String all = consoleText(robot);
        assertTrue(all.startsWith(early) && all.length() > early.length(), "the text grew by appending: " + all);
        assertTrue(all.contains("\n"), "lines, not one row per character");
        assertFalse(robot.lookup("#console-empty").queryLabeled().isVisible());
    }

    @Test
    void aStepBackShortensTheText(FxRobot robot) {
        robot.interact(() -> window.select("Console"));
        for (int i = 0; i < 3; i++) {
            window.controller().nextEvent(e -> e.event() instanceof TraceEvent.ConsoleOutput, "console output");
        }
        settle(robot);
        String three = consoleText(robot);
        window.controller().previousEvent(e -> e.event() instanceof TraceEvent.ConsoleOutput, "console output");
        window.controller().stepBack();
        settle(robot);
        String shorter = consoleText(robot);
        assertTrue(three.startsWith(shorter) && shorter.length() < three.length(), "'" + shorter + "' after '" + three + "'");
    }
}
