package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariant check finds each kind of broken queue and says what is wrong in words. */
class QueueInvariantsTest {

    private final Task idle = new Task(0, "idle", Priority.IDLE, false);

    private static void assertFinds(List<String> violations, String expected) {
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
            "expected a violation containing \"" + expected + "\", got " + violations);
    }

    @Test
    void aQueueKeptByTheSchedulerHasNoViolations() {
        ReadyQueues q = ReadyQueues.withJavaBsr();
        Task a = new Task(1, "a", 8, false);
        Task b = new Task(2, "b", 8, false);
        Task c = new Task(3, "c", 20, false);
        q.enqueue(a);
        q.enqueue(b);
        q.enqueue(c);
        SchedulerDecision d = Scheduling.choose(q, idle, idle);
        Scheduling.finishTaskSwitch(q, d.previous());
        assertEquals(List.of(), QueueInvariants.violations(q, d.next(), List.of(idle, a, b, c)));
        QueueInvariants.check(q, d.next(), List.of(idle, a, b, c));
    }

    @Test
    void aBitLeftSetByAForgetfulDequeueIsFound() {
        ForgetfulReadyQueue q = new ForgetfulReadyQueue();
        Task a = new Task(1, "a", 5, false);
        q.enqueue(a);
        q.dequeue(5);
        a.setState(TaskState.RUNNING);
        List<String> violations = QueueInvariants.violations(q, a, List.of(idle, a));
        assertEquals(List.of("prioBitmap bit 5 is set but the list of priority 5 is empty"), violations);
    }

    @Test
    void aTaskInTwoListsIsFound() {
        TamperedQueue q = new TamperedQueue();
        Task a = new Task(1, "a", 8, false);
        q.enqueue(a);
        q.alsoListAt(16, a);
        List<String> violations = QueueInvariants.violations(q, idle, List.of(idle, a));
        assertFinds(violations, "task 1 \"a\" prio 8 READY is in the list of priority 8 and again in the list of priority 16");
    }

    @Test
    void aTaskInTheListOfAnotherPriorityIsFound() {
        TamperedQueue q = new TamperedQueue();
        Task a = new Task(1, "a", 8, false);
        a.setState(TaskState.READY);
        q.alsoListAt(3, a);
        List<String> violations = QueueInvariants.violations(q, idle, List.of(idle, a));
        assertEquals(List.of("task 1 \"a\" prio 8 READY waits in the list of priority 3, not in the list of its own priority"),
            violations);
    }

    @Test
    void theRunningTaskInAListIsFound() {
        ReadyQueues q = ReadyQueues.withJavaBsr();
        Task a = new Task(1, "a", 8, false);
        q.enqueue(a);
        a.setState(TaskState.RUNNING);
        List<String> violations = QueueInvariants.violations(q, a, List.of(idle, a));
        assertFinds(violations, "the running task 1 \"a\" prio 8 RUNNING waits in the list of priority 8");
    }

    @Test
    void aReadyTaskInNoListIsFoundAsLost() {
        ReadyQueues q = ReadyQueues.withJavaBsr();
        Task lost = new Task(1, "lost", 8, false);
        lost.setState(TaskState.READY);
        List<String> violations = QueueInvariants.violations(q, idle, List.of(idle, lost));
        assertEquals(List.of("task 1 \"lost\" prio 8 READY is READY but in no ready list, so it would never run again"),
            violations);
    }

    @Test
    void checkPanicsListingQueueAndArchitectureViolations() {
        ForgetfulReadyQueue q = new ForgetfulReadyQueue();
        Task a = new Task(1, "a", 5, false, 7);
        q.enqueue(a);
        q.dequeue(5);
        a.setState(TaskState.RUNNING);
        KernelPanic panic = assertThrows(KernelPanic.class,
            () -> QueueInvariants.check(q, a, List.of(idle, a), List.of("ESP0 0x1000 is not on the stack of task 1")));
        String message = panic.getMessage();
        assertTrue(message.startsWith("kernel panic: scheduler state of core 7"), message);
        assertTrue(message.contains("prioBitmap bit 5 is set"), message);
        assertTrue(message.contains("ESP0 0x1000"), message);
    }
}
