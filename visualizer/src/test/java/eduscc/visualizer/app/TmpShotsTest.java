package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TmpShotsTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new Session(ShippedLabs.load("scheduling")));
        Scene scene = new Scene(window.root(), 1280, 800);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.show();
    }

    void settle(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            window.controller().idle().join();
            robot.interact(window::refresh);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void shot(FxRobot robot, String view, String file) throws Exception {
        robot.interact(() -> window.select(view));
        settle(robot);
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new java.io.File(file));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }

    @Test
    void shots(FxRobot robot) throws Exception {
        for (int i = 0; i < 5; i++) {
            window.controller().nextEvent(e -> e.event() instanceof TraceEvent.SchedulerDecision, "d");
        }
        window.controller().step();
        settle(robot);
        shot(robot, "Console", "/tmp/t-console.png");
        shot(robot, "Memory", "/tmp/t-memory.png");
        robot.interact(() -> new Projector(window.root()).scale(2.5));
        shot(robot, "Source", "/tmp/t-source-big.png");
        shot(robot, "Memory", "/tmp/t-memory-big.png");
        shot(robot, "Console", "/tmp/t-console-big.png");
        window.stop();
    }
}
