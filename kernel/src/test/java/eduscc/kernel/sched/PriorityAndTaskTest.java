package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The priority range, the names the debugger shows, and a task's first state. */
class PriorityAndTaskTest {

    @Test
    void priorityOutsideZeroToThirtyOneIsRejectedNamingTheValue() {
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class, () -> Priority.check(32));
        assertTrue(high.getMessage().contains("32"), high.getMessage());
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> Priority.check(-1));
        assertTrue(low.getMessage().contains("-1"), low.getMessage());
        Priority.check(Priority.IDLE);
        Priority.check(Priority.REALTIME);
    }

    @Test
    void namedLevelsHaveNamesAndTheOthersTheirNumber() {
        assertEquals("idle", Priority.name(0));
        assertEquals("normal", Priority.name(8));
        assertEquals("realtime", Priority.name(31));
        assertEquals("12", Priority.name(12));
    }

    @Test
    void taskStatesKeepEduOsNumbers() {
        assertEquals(0, TaskState.INVALID.ordinal());
        assertEquals(2, TaskState.RUNNING.ordinal());
        assertEquals(5, TaskState.IDLE.ordinal());
    }

    @Test
    void aNewTaskIsInvalidUntilQueuedAndTheIdleTaskIsIdle() {
        assertEquals(TaskState.INVALID, new Task(1, "worker", Priority.NORMAL, false).state());
        assertEquals(TaskState.IDLE, new Task(0, "idle", Priority.IDLE, false).state());
    }

    @Test
    void aTaskWithAnImpossiblePriorityIsNotCreated() {
        assertThrows(IllegalArgumentException.class, () -> new Task(1, "x", 40, false));
    }

    @Test
    void aTaskPrintsIdNamePriorityAndState() {
        Task t = new Task(3, "worker", Priority.NORMAL, true, 5);
        t.setState(TaskState.READY);
        assertEquals("task 3 \"worker\" prio 8 READY", t.toString());
        assertTrue(t.isUser());
        assertEquals(5, t.coreId());
    }
}
