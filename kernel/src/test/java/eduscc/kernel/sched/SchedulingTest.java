package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** eduOS's scheduling rules: strictly higher keeps the core, equal rotates, higher preempts, idle when empty. */
class SchedulingTest {

    private final ReadyQueues queues = ReadyQueues.withJavaBsr();
    private final Task idle = new Task(0, "idle", Priority.IDLE, false);

    private Task ready(int id, String name, int prio) {
        Task t = new Task(id, name, prio, false);
        queues.enqueue(t);
        return t;
    }

    /** Takes the first task of its priority and puts it on the core, as an earlier decision would have. */
    private Task runningNow(Task t) {
        queues.remove(t);
        t.setState(TaskState.RUNNING);
        return t;
    }

    /** One scheduler call plus the re-queue after the switch, as the kernel does it on a tick. */
    private SchedulerDecision tick(Task current) {
        SchedulerDecision d = Scheduling.choose(queues, current, idle);
        if (d.switchesTask()) {
            Scheduling.finishTaskSwitch(queues, d.previous());
        }
        return d;
    }

    @Test
    void strictlyHigherCurrentKeepsRunning() {
        Task high = runningNow(ready(1, "high", Priority.HIGH));
        Task normal = ready(2, "normal", Priority.NORMAL);
        SchedulerDecision d = tick(high);
        assertSame(high, d.next());
        assertFalse(d.switchesTask());
        assertEquals(SchedulerDecision.CURRENT_KEEPS_RUNNING, d.reason());
        assertEquals(Priority.HIGH, d.chosenPriority());
        assertEquals(TaskState.RUNNING, high.state());
        assertEquals(List.of(normal), queues.tasksAt(Priority.NORMAL), "the waiting task stays in line");
    }

    @Test
    void equalPrioritiesRotateOnTimerTick() {
        Task a = ready(1, "a", Priority.NORMAL);
        Task b = ready(2, "b", Priority.NORMAL);
        Task c = ready(3, "c", Priority.NORMAL);
        Task current = tick(idle).next();
        List<String> ran = new ArrayList<>(List.of(current.name()));
        for (int t = 0; t < 6; t++) {
            SchedulerDecision d = tick(current);
            assertEquals(SchedulerDecision.ROUND_ROBIN, d.reason(), "tick " + t);
            assertEquals(TaskState.RUNNING, d.next().state());
            assertEquals(TaskState.READY, current.state(), "tick " + t + ": the previous task waits again");
            assertSame(current, queues.tasksAt(Priority.NORMAL).get(1), "tick " + t + ": previous is at the tail");
            current = d.next();
            ran.add(current.name());
        }
        assertEquals(List.of("a", "b", "c", "a", "b", "c", "a"), ran);
        assertEquals(List.of(b, c), queues.tasksAt(Priority.NORMAL));
        assertSame(a, current);
    }

    @Test
    void aHigherPriorityBecomingReadyPreempts() {
        Task a = runningNow(ready(1, "a", Priority.NORMAL));
        Task b = ready(2, "b", Priority.NORMAL);
        Task urgent = ready(3, "urgent", Priority.HIGH);
        assertTrue(Scheduling.higherPriorityReady(queues, a), "a non-timer interrupt would call the scheduler");
        SchedulerDecision d = tick(a);
        assertSame(urgent, d.next());
        assertEquals(SchedulerDecision.HIGHER_PRIORITY_READY, d.reason());
        assertEquals(Priority.HIGH, d.chosenPriority());
        assertEquals((1 << 16) | (1 << 8), d.prioBitmap(), "the bitmap the decision was read from");
        assertEquals(List.of(b, a), queues.tasksAt(Priority.NORMAL), "the preempted task waits behind b");
        assertFalse(Scheduling.higherPriorityReady(queues, urgent));
    }

    @Test
    void theChosenTaskIsNotRequeuedBeforeTheSwitchIsOver() {
        Task a = runningNow(ready(1, "a", Priority.NORMAL));
        ready(2, "b", Priority.NORMAL);
        Scheduling.choose(queues, a, idle);
        assertEquals(TaskState.READY, a.state());
        assertFalse(queues.tasksAt(Priority.NORMAL).contains(a), "a's stack is still in use until the switch");
    }

    @Test
    void nothingReadyAndCurrentBlockedRunsIdle() {
        Task a = runningNow(ready(1, "a", Priority.NORMAL));
        a.setState(TaskState.BLOCKED);
        SchedulerDecision d = tick(a);
        assertSame(idle, d.next());
        assertEquals(SchedulerDecision.IDLE, d.reason());
        assertEquals(Priority.IDLE, d.chosenPriority());
        assertEquals(TaskState.BLOCKED, a.state(), "a blocked task is not made ready");
        assertEquals(0, queues.prioBitmap(), "and not queued");
    }

    @Test
    void nothingReadyAndCurrentRunningKeepsCurrent() {
        Task a = runningNow(ready(1, "a", Priority.LOW));
        SchedulerDecision d = tick(a);
        assertSame(a, d.next());
        assertEquals(SchedulerDecision.CURRENT_KEEPS_RUNNING, d.reason());
        assertEquals(TaskState.RUNNING, a.state());
    }

    @Test
    void idleHandsTheCoreToAnyReadyTaskAndIsNotQueued() {
        Task low = ready(1, "low", Priority.LOW);
        SchedulerDecision d = tick(idle);
        assertSame(low, d.next());
        assertEquals(SchedulerDecision.HIGHER_PRIORITY_READY, d.reason());
        assertEquals(TaskState.IDLE, idle.state());
        assertEquals(0, queues.prioBitmap(), "the idle task never enters a list");
    }

    @Test
    void aFinishedTaskIsNotRequeued() {
        Task a = runningNow(ready(1, "a", Priority.HIGH));
        Task b = ready(2, "b", Priority.LOW);
        a.setState(TaskState.FINISHED);
        SchedulerDecision d = tick(a);
        assertSame(b, d.next(), "a lower priority runs once the higher one has exited");
        assertEquals(SchedulerDecision.CURRENT_FINISHED, d.reason());
        assertEquals(0, queues.prioBitmap());
    }

    @Test
    void finishTaskSwitchWithoutASwitchChangesNothing() {
        Task a = runningNow(ready(1, "a", Priority.NORMAL));
        SchedulerDecision d = Scheduling.choose(queues, a, idle);
        Scheduling.finishTaskSwitch(queues, d.previous());
        assertEquals(TaskState.RUNNING, a.state());
        assertEquals(0, queues.prioBitmap(), "the running task is not queued");
    }

    @Test
    void aSetBitOverAnEmptyListIsAKernelPanic() {
        ForgetfulReadyQueue broken = new ForgetfulReadyQueue();
        Task a = new Task(1, "a", 5, false);
        broken.enqueue(a);
        broken.dequeue(5);
        a.setState(TaskState.BLOCKED);
        KernelPanic panic = assertThrows(KernelPanic.class, () -> Scheduling.choose(broken, a, idle));
        assertTrue(panic.getMessage().startsWith("kernel panic: "), panic.getMessage());
        assertTrue(panic.getMessage().contains("priority 5"), panic.getMessage());
    }
}
