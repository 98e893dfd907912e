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

    @Test
    void shippedSourceIsTheKernelsOwn() {
        assertTrue(KernelSources.read("eduscc/kernel/sched/ReadyQueues.java").contains("prioBitmap"));
    }

    @Test
    void runToABreakpointToggledInTheSourceStopsThere(FxRobot robot) {
        String file = "eduscc/kernel/sched/Scheduler.java";
        int line = lineOf(file, "contextSwitch.switchTo(previous, current);");
        robot.clickOn("#tab-source");
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
