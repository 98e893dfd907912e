package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.kernel.sched.Task;
import eduscc.labs.debug.LabDifference;
import eduscc.labs.scenario.ComparedPart;
import eduscc.labs.scenario.ShippedLabs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
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

/**
 * {@code gui scheduling --compare NAME}: the kit's queues and the other queues side by side, the
 * first difference named, and one button that takes both runs there.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    /** The kit's queue with each priority's list taken from its end: another order, no broken state. */
    private static final class FromTheBack implements ReadyQueue {
        private final ReadyQueue kit;

        FromTheBack(ReadyQueue kit) {
            this.kit = kit;
        }

        @Override
        public void enqueue(Task t) {
            kit.enqueue(t);
        }

        @Override
        public void remove(Task t) {
            kit.remove(t);
        }

        @Override
        public Task dequeue(int priority) {
            List<Task> tasks = kit.tasksAt(priority);
            if (tasks.size() < 2) {
                return kit.dequeue(priority);
            }
            Task last = tasks.get(tasks.size() - 1);
            kit.remove(last);
            return last;
        }

        @Override
        public int highestPriority() {
            return kit.highestPriority();
        }

        @Override
        public int prioBitmap() {
            return kit.prioBitmap();
        }

        @Override
        public List<Task> tasksAt(int priority) {
            return kit.tasksAt(priority);
        }
    }

    private CompareWindow window;
    private LabDifference difference;

    @Start
    void start(Stage stage) {
        ReadyQueuePlugins.register("from-the-back", bsr -> new FromTheBack(ReadyQueueFactory.KIT.create(bsr)));
        ComparedPart compared = ComparedPart.of(ShippedLabs.load("scheduling"), "from-the-back");
        var found = LabDifference.find(compared.kit(), compared.student());
        difference = found.orElseThrow();
        window = new CompareWindow(compared, found);
        Scene scene = new Scene(window.root(), 1600, 900);
        window.installKeys(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        window.stop();
    }

    @Test
    void bothSidesAreNamedAndTheFirstDifferenceIsSaid(FxRobot robot) {
        assertEquals("The kit's ready queues", robot.lookup("#kit-side-title").queryAs(Label.class).getText());
        assertEquals("Your ready queues (plug-in from-the-back)",
            robot.lookup("#student-side-title").queryAs(Label.class).getText());
        String said = robot.lookup("#first-difference").queryAs(Label.class).getText();
        assertTrue(said.startsWith("First difference at event #" + difference.seq() + " (F9 goes there): the kit's run has"),
            said);
    }

    @Test
    void theButtonTakesBothRunsToTheDifferingEvent(FxRobot robot) {
        robot.clickOn("#first-difference-button");
        WaitForAsyncUtils.waitForFxEvents();
        window.kitController().idle().join();
        window.studentController().idle().join();
        for (DebuggerController side : List.of(window.kitController(), window.studentController())) {
            var shown = side.session().snapshot();
            assertTrue(shown.position() > 0);
            long last = shown.trace().get(shown.trace().size() - 1).seq();
            assertTrue(last >= difference.seq(), "each side has passed event #" + difference.seq() + ", at #" + last);
            assertEquals(1, shown.trace().stream().filter(e -> e.seq() == difference.seq()).count());
        }
    }

    @Test
    void aPluginNobodyRegisteredExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = eduscc.visualizer.cli.Main.run(List.of("gui", "scheduling", "--compare", "nobody"),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("eduscc gui --compare: ") && err.toString().contains("kernel.readyQueues"),
            err.toString());
    }
}
