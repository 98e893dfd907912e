package eduscc.visualizer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.debug.SourceLine;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.visualizer.app.MainWindow;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Toggle a breakpoint in the kernel source, run to it, and see the core stand there. */
@ExtendWith(ApplicationExtension.class)
class SourceViewTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("scheduling")));
        Scene scene = new Scene(window.root(), 1100, 800);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    private static int lineOf(String file, String text) {
        String[] lines = KernelSources.read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private void settle(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(window::refresh);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void runToSchedulerDecision(FxRobot robot) {
        robot.interact(() -> {
            window.select("Source");
            robot.lookup("#event-kind-to-run").queryComboBox().getSelectionModel()
                .select(eduscc.visualizer.app.EventKinds.SCHEDULER_DECISION);
        });
        robot.type(javafx.scene.input.KeyCode.F8);
        settle(robot);
    }

    @Test
    void keywordsAreColouredAndTheLineTheCoreStandsAtLiesOnABand(FxRobot robot) {
        runToSchedulerDecision(robot);
        javafx.scene.text.Text keyword = robot.lookup("#source").lookup(".keyword").queryAs(javafx.scene.text.Text.class);
        assertTrue(!javafx.scene.paint.Color.BLACK.equals(keyword.getFill()),
            "a keyword ('" + keyword.getText() + "') is drawn in a colour of its own, not plain black");
        javafx.scene.layout.Region band = robot.lookup("#source").lookup(".current-line")
            .queryAs(javafx.scene.layout.Region.class);
        assertTrue(band.getBackground() != null && !band.getBackground().getFills().isEmpty(),
            "the current line has a background band, not only the small arrow");
    }

    @Test
    void atASchedulerDecisionTheSourceShowsTheSchedulerNotTheTaskProgram(FxRobot robot) {
        runToSchedulerDecision(robot);
        String scheduler = "eduscc/kernel/sched/Scheduler.java";
        assertEquals(scheduler, window.source().file(), "the student asked for the decision, which the scheduler takes");
        assertEquals(lineOf(scheduler, "core.trace(new TraceEvent.SchedulerDecision"), window.source().currentLine());
        // The first decision comes from the timer interrupting the idle loop; the core stands in the
        // switch, after the decision and before the far JMP (DecisionBeforeSwitchTest).
        assertTrue(window.source().frames().stream().anyMatch(f -> f.line().file().endsWith("HardwareContextSwitch.java")),
            "the call stack says where the core stands now: " + window.source().frames());
        assertTrue(window.source().frames().stream().anyMatch(f -> f.line().file().endsWith("Kernel.java")),
            "and what the timer interrupted, the idle loop: " + window.source().frames());
    }

    @Test
    void clickingAFrameOfTheCallStackOpensItsLine(FxRobot robot) {
        runToSchedulerDecision(robot);
        var frame = window.source().frames().stream().filter(f -> f.line().file().endsWith("Kernel.java"))
            .findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#call-stack").<javafx.scene.control.ListView<Object>>query().scrollTo(frame));
        robot.clickOn(robot.lookup("#call-stack").lookup(".list-cell")
            .match((javafx.scene.control.ListCell<?> c) -> frame.equals(c.getItem())).<javafx.scene.Node>query());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(frame.line().file(), window.source().file());
        assertTrue(robot.lookup("#source").lookup(".selected-frame").tryQuery().isPresent(),
            "the opened frame's line is highlighted");
    }

    @Test
    void shippedSourceIsTheKernelsOwn() {
        assertTrue(KernelSources.read("eduscc/kernel/sched/ReadyQueues.java").contains("prioBitmap"));
    }

    @Test
    void runToABreakpointToggledInTheSourceStopsThere(FxRobot robot) {
        String file = "eduscc/kernel/sched/Scheduler.java";
        int line = lineOf(file, "contextSwitch.switchTo(previous, current);");
        robot.interact(() -> window.select("source"));
        robot.interact(() -> {
            window.breakpoints().setBreakpoints(new eduscc.labs.debug.Breakpoints(java.util.List.of()));
            window.source().open(file);
            window.source().toggleBreakpoint(line);
        });
        assertEquals(java.util.Set.of(new SourceLine(file, line)), window.source().breakpoints());
        robot.type(javafx.scene.input.KeyCode.F5);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        window.controller().idle().join();
        robot.interact(window::refresh);
        assertEquals(file, window.source().file());
        assertEquals(line, window.source().currentLine(), "the arrow marks the breakpoint's line");
        assertTrue(window.controller().session().snapshot().status().contains("stopped at Scheduler.java:" + line),
            window.controller().session().snapshot().status());
    }
}
