package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Processes tab on the fork lab while the parent waits for its child (the longest note, wrapped),
 * at every scale a lecturer uses on a full-HD projector and on a 1280x800 screen: no cell, header
 * or sentence cut (ProjectorScalesTest checks the tab on the scheduling lab, whose names are short).
 */
@ExtendWith(ApplicationExtension.class)
class ProcessTreeScalesTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new Session(ShippedLabs.load("fork")));
        stage.setScene(new Scene(window.root(), 1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void theTreeIsCompleteAtEveryScale(FxRobot robot) {
        window.controller().nextEvent(e -> e.event() instanceof TraceEvent.SystemCall c && c.task().equals("forkdemo-child")
            && c.name().equals("write"), "the child's write");
        WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(() -> {
            window.refresh();
            window.select("Processes");
        });
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1920, 1080}, {1280, 800}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (double scale : ProjectorScalesTest.SCALES) {
                robot.interact(() -> {
                    window.projector().setScale(scale);
                    for (int pass = 0; pass < 3; pass++) {
                        window.root().applyCss();
                        window.root().layout();
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> CompleteText.problems((Parent) window.processes().node()).forEach(p ->
                    problems.add(String.format("%dx%d at %.0f%%: %s", size[0], size[1], scale * 100, p))));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems a lecturer would see:\n" + String.join("\n", problems));
    }
}
