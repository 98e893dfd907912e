package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.ReplayFile;
import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ShippedLabs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@code gui --replay FILE}: the debugger opens a failed check's lab with the plug-in the check ran,
 * stopped where the replay says, with the kit's value beside the student's above the views.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayWindowTest {
    private static final Replay AT_TICK_3 = new Replay("ready-queues", "the scheduling lab produces the reference ordering",
        "scheduling", Replay.Plugins.readyQueues("kit"), "tick:3", "t2 at tick 3", "t1 at tick 3");

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempFile("replay", ".json");
        ReplayFile.write(file, AT_TICK_3);
        window = new MainWindow(ReplayOpener.open(file, ReplayFile.read(file)));
        window.showReplay(AT_TICK_3);
        stage.setScene(new Scene(window.root(), 1280, 760));
        stage.show();
        Files.delete(file);
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void theWindowShowsTheCheckAndBothValues(FxRobot robot) {
        assertEquals("t2 at tick 3", robot.lookup("#replay-expected").queryAs(Label.class).getText());
        assertEquals("t1 at tick 3", robot.lookup("#replay-actual").queryAs(Label.class).getText());
        String title = robot.lookup("#replay-title").queryAs(Label.class).getText();
        assertTrue(title.contains("the scheduling lab produces the reference ordering")
            && title.contains("ready-queues") && title.contains("tick:3"), title);
        robot.clickOn("#replay-close");
        assertTrue(robot.lookup("#replay").tryQuery().isEmpty(), "closed, the banner is gone");
        assertTrue(robot.lookup("#step").tryQuery().isPresent(), "and the tool bar stays");
    }

    @Test
    void openingAnotherLabTakesTheBannerAway(FxRobot robot) {
        robot.interact(() -> window.openLab("boot"));
        assertTrue(robot.lookup("#replay").tryQuery().isEmpty(), "the banner spoke of the scheduling lab's run");
        assertTrue(robot.lookup("#step").tryQuery().isPresent());
    }

    @Test
    void theReplayStopsWhereTheSameStopStopsTheLab() {
        try (Session plain = new Session(ShippedLabs.load("scheduling"))) {
            ScreenshotPoint.parse("tick:3").runTo(plain);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            window.controller().idle().join();
            assertEquals(plain.snapshot().position(), window.controller().session().snapshot().position());
        }
    }

    @Test
    void aStopTheLabNeverReachesNamesTheFileAndTheField() throws Exception {
        Path file = dir.resolve("late.json");
        Replay late = new Replay("ready-queues", "c", "scheduling", Replay.Plugins.readyQueues("kit"), "tick:5000", "a", "b");
        ReplayFile.write(file, late);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ReplayOpener.open(file, late));
        assertEquals("stopAt", e.path());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("ends at tick"), e.getMessage());
    }

    @Test
    void theCommandLineRefusesAMissingFileAndALabBesideTheReplay() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = eduscc.visualizer.cli.Main.run(List.of("gui", "--replay", dir.resolve("none.json").toString()),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("eduscc gui --replay: ") && err.toString().contains("no such file"), err.toString());
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int both = eduscc.visualizer.cli.Main.run(List.of("gui", "--screenshot", dir.resolve("x.png").toString(),
            "--replay", "r.json", "--lab", "boot"), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err2));
        assertEquals(2, both);
        assertTrue(err2.toString().contains("leave out --lab and --at"), err2.toString());
    }
}
