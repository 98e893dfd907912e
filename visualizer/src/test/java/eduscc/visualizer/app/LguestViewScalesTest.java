package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.ArrayList;
import java.util.List;
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
 * The lguest tab with all 34 exits of the lguest lab, at every scale a lecturer uses on a
 * full-HD projector: nothing cut, nothing out of reach (ProjectorScalesTest sees the tab only
 * on the scheduling lab, where it is one line).
 */
@ExtendWith(ApplicationExtension.class)
class LguestViewScalesTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Session session = new Session(ShippedLabs.load("lguest"));
        while (!session.finished()) {
            session.runChunk();
        }
        window = new MainWindow(session);
        stage.setScene(new Scene(window.root(), 1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void theLaneIsCompleteAtEveryScale(FxRobot robot) {
        robot.interact(() -> window.select("lguest"));
        List<String> problems = new ArrayList<>();
        for (double scale : ProjectorScalesTest.SCALES) {
            robot.interact(() -> {
                window.projector().setScale(scale);
                for (int pass = 0; pass < 3; pass++) {
                    window.root().applyCss();
                    window.root().layout();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> CompleteText.problems(window.root()).forEach(p ->
                problems.add(String.format("at %.0f%%: %s", scale * 100, p))));
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems a lecturer would see:\n" + String.join("\n", problems));
        assertTrue(window.lguest().model().lanes().get(0).counts().startsWith("34 exits"), "the lab ran to its end");
    }
}
