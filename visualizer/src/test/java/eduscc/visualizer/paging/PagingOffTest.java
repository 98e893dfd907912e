package eduscc.visualizer.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.visualizer.app.MainWindow;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The paging tab of the debugger window on a lab that turns paging off (\"paging\": false): one line says so. */
@ExtendWith(ApplicationExtension.class)
class PagingOffTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        var lab = ShippedLabs.load("scheduling");
        window = new MainWindow(new Session(lab.withKernel(lab.kernel().withPaging(false))));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void aLabWithoutPagingSaysSoInOneLine(FxRobot robot) {
        window.controller().nextEvent(e -> e.event() instanceof eduscc.machine.trace.TraceEvent.SchedulerDecision,
            "a scheduler decision");
        window.controller().idle().join();
        robot.interact(() -> {
            window.refresh();
            window.select("paging");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("core 0: CR3 = 0x00000000; paging is off: CR0.PG clear; linear = physical",
            robot.lookup("#paging-header").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#paging-tabs").query().isVisible(), "no directory, walk or frames to show");
        assertEquals(false, window.paging().model().decoded(), "nothing was read");
    }
}
