package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view of the debugger at every scale a lecturer uses (100 % to 300 %), at 1920 x 1080 and
 * at 1280 x 800, on the scheduling lab run to its end: nothing cut to "...", nothing off the
 * window or off its panel without a scroll bar.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorScalesTest {
    static final double[] SCALES = {1.0, 1.5, 2.0, 2.5, 3.0};

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Session session = new Session(ShippedLabs.load("scheduling"));
        while (!session.finished()) {
            session.runChunk();
        }
        window = new MainWindow(session);
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
        javafx.application.Platform.runLater(() -> {
            stage.setWidth(1024);
            stage.setHeight(680);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyViewIsCompleteAtEveryScaleOnAFullHdProjector(FxRobot robot) {
        assertComplete(robot, 1920, 1080);
    }

    @Test
    void everyViewIsCompleteAtEveryScaleOnA1280x800Screen(FxRobot robot) {
        assertComplete(robot, 1280, 800);
    }

    private void assertComplete(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        List<String> problems = new ArrayList<>();
        for (double scale : SCALES) {
            robot.interact(() -> window.projector().setScale(scale));
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> {
                    tabs.getSelectionModel().select(tab);
                    for (int pass = 0; pass < 3; pass++) {
                        window.root().applyCss();
                        window.root().layout();
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> CompleteText.problems(window.root()).forEach(p ->
                    problems.add(String.format("%dx%d at %.0f%%, tab %s: %s", width, height, scale * 100, tab.getText(), p))));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems a lecturer would see:\n" + String.join("\n", problems));
    }
}
