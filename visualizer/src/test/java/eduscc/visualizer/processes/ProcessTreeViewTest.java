package eduscc.visualizer.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.app.MainWindow;
import java.util.List;
import java.util.function.Predicate;
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
 * The Processes tab on the fork lab: forkdemo under the idle task (the boot created it), its fork
 * child under it; the parent blocked in wait while the child runs; the child reaped by the
 * parent's wait with exit code 3; and back again to the tree just after the fork.
 */
@ExtendWith(ApplicationExtension.class)
class ProcessTreeViewTest {
    private static final String IDLE = "0 idle |  | idle | idle | 0 |  | ";
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new Session(ShippedLabs.load("fork")));
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

    private static Predicate<TraceEntry> call(String task, String name) {
        return e -> e.event() instanceof TraceEvent.SystemCall c && c.task().equals(task) && c.name().equals(name);
    }

    private List<String> tree(FxRobot robot, Predicate<TraceEntry> at, String what) {
        window.controller().nextEvent(at, what);
        settle(robot);
        return window.processes().shownLines();
    }

    @Test
    void theForkChildHangsUnderItsParentAndItsExitCodeIsCollectedByTheWait(FxRobot robot) {
        robot.interact(() -> window.select("Processes"));
        List<String> afterFork = List.of(IDLE,
            "  1 forkdemo | /bin/forkdemo | x86 process | running | 8 |  | ",
            "    2 forkdemo-child | /bin/forkdemo | x86 process | ready | 8 |  | ");
        assertEquals(afterFork, tree(robot, call("forkdemo", "fork"), "fork"),
            "the child is created READY under its parent; the parent is still in its INT 0x80");
        assertEquals(List.of(IDLE,
            "  1 forkdemo | /bin/forkdemo | x86 process | blocked | 8 |  | waits for 2 (forkdemo-child) to exit",
            "    2 forkdemo-child | /bin/forkdemo | x86 process | running | 8 |  | "),
            tree(robot, call("forkdemo-child", "write"), "the child's write"));
        assertEquals(List.of(IDLE,
            "  1 forkdemo | /bin/forkdemo | x86 process | running | 8 |  | ",
            "    2 forkdemo-child | /bin/forkdemo | x86 process | reaped | 8 | 3 | collected by the wait of 1 (forkdemo)"),
            tree(robot, call("forkdemo", "wait"), "the parent's wait"));
        assertEquals("core 0: 3 tasks: 2 alive, 0 zombies, 1 reaped", window.processes().model().header());
        window.controller().previousEvent(call("forkdemo", "fork"), "fork");
        settle(robot);
        assertEquals(afterFork, window.processes().shownLines(), "stepping back rebuilds the tree of the earlier step");
    }
}
