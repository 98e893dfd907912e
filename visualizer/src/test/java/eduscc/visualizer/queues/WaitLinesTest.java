package eduscc.visualizer.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.ipc.NetworkTask;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The run-queue view on the locks lab, whose core 23 has a semaphore, ready: a blocked task is
 * shown with the queue it waits in, and the line goes when the post has woken it.
 */
@ExtendWith(ApplicationExtension.class)
class WaitLinesTest {
    private Session session;
    private RunQueueView view;

    @Start
    void start(Stage stage) {
        session = new Session(ShippedLabs.load("locks"));
        view = new RunQueueView();
        view.show(session.snapshot(), 23);
        stage.setScene(new Scene(new ScrollPane(view.node()), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Runs to core 23's next scheduler decision from {@code from} to {@code to}, and shows core {@code core}. */
    private void runToDecision(FxRobot robot, String from, String to, int core) {
        session.runUntil(e -> e.core() == 23 && e.event() instanceof TraceEvent.SchedulerDecision d
            && d.from().equals(from) && d.to().equals(to), "test");
        robot.interact(() -> view.show(session.snapshot(), core));
    }

    private static List<String> lines(FxRobot robot) {
        return robot.lookup(".wait-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static List<String> chips(FxRobot robot, String box) {
        return ((HBox) robot.lookup(box).query()).getChildren().stream()
            .filter(n -> n.getStyleClass().contains("task-chip")).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aBlockedTaskIsShownInTheQueueItWaitsIn(FxRobot robot) {
        runToDecision(robot, "consumer", "producer", 23);
        assertEquals(List.of("consumer"), chips(robot, "#rq-blocked"));
        assertEquals(List.of("ready: count 0, waiting: consumer"), lines(robot),
            "the consumer found the count at 0 and waits in ready's queue");
        Node box = robot.lookup("#rq-waits").query();
        assertTrue(box.isVisible());

        runToDecision(robot, "producer", "consumer", 23);
        assertEquals(List.of(), chips(robot, "#rq-blocked"));
        assertEquals(List.of("ready: count 1, nobody waiting"), lines(robot),
            "the post added one and woke the consumer, which has not run yet to take it");

        runToDecision(robot, "consumer", "producer", 23);
        assertEquals(List.of("ready: count 0, nobody waiting"), lines(robot), "the consumer took it and finished");
    }

    /** The step whose store moves the count marks the line and says the change in words; the step after does not. */
    @Test
    void theStepThatPostsMarksTheLineAndSaysWhatChanged(FxRobot robot) {
        runToDecision(robot, "consumer", "producer", 23);
        long[] takes = {0};
        session.runUntil(e -> e.core() == 23 && e.event() instanceof TraceEvent.SpinlockChange c
            && c.lock().equals("sem_t ready.lock") && c.acquired() && ++takes[0] == 1, "test");
        String before = lines(robot).get(0);
        while (robot.lookup(".wait-line").queryAllAs(Label.class).iterator().next().getText().equals(before)) {
            session.step();
            robot.interact(() -> view.show(session.snapshot(), 23));
        }
        Label line = robot.lookup(".wait-line").queryAs(Label.class);
        assertEquals("ready: count 1, waiting: consumer", line.getText(), "the post's store of the count comes first");
        assertTrue(line.getStyleClass().contains("changed"));
        assertTrue(robot.lookup("#rq-changes").queryAs(Label.class).getText()
            .contains("ready: count 0, waiting: consumer -> count 1, waiting: consumer"));
        String last;
        do {
            last = line.getText();
            session.step();
            robot.interact(() -> view.show(session.snapshot(), 23));
            line = robot.lookup(".wait-line").queryAs(Label.class);
        } while (!line.getText().equals(last));
        assertFalse(line.getStyleClass().contains("changed"), "a line that reads as a step before is not marked: " + last);
    }

    /** The mailbox lab: core 47's inbox as mails from cores 5 and 0 come in and its network task fetches them. */
    @Test
    void theMailboxLineSaysWhoseMailWaitsAndWhoWaitsForMail(FxRobot robot) {
        session.close();
        session = new Session(ShippedLabs.load("mailbox"));
        session.runUntil(e -> e.core() == 47 && e.event() instanceof TraceEvent.SchedulerDecision d
            && d.from().equals(NetworkTask.NAME), "test");
        robot.interact(() -> view.show(session.snapshot(), 47));
        assertEquals(List.of("mailbox: no mail to fetch, waiting: " + NetworkTask.NAME), lines(robot),
            "the network task waits for mail (or its timer)");
        int[] deliveries = {0};
        session.runUntil(e -> e.core() == 47 && e.event() instanceof TraceEvent.MailDelivered && ++deliveries[0] == 2,
            "test");
        robot.interact(() -> view.show(session.snapshot(), 47));
        assertEquals(List.of("mailbox: mail from core 5, core 0 to fetch, nobody waiting"), lines(robot));
    }

    @Test
    void aCoreWithoutSemaphoresShowsNoSuchBox(FxRobot robot) {
        runToDecision(robot, "consumer", "producer", 0);
        assertFalse(robot.lookup("#rq-waits").query().isVisible());
        assertEquals(List.of(), lines(robot));
    }
}
