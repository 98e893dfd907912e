package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One ready list: first in, first out, and a task in at most one list. */
class TaskListTest {

    private final Task a = new Task(1, "a", Priority.NORMAL, false);
    private final Task b = new Task(2, "b", Priority.NORMAL, false);
    private final Task c = new Task(3, "c", Priority.NORMAL, false);

    private TaskList listOf(Task... tasks) {
        TaskList list = new TaskList();
        for (Task t : tasks) {
            list.append(t);
        }
        return list;
    }

    @Test
    void tasksLeaveInTheOrderTheyCameIn() {
        TaskList list = listOf(a, b, c);
        assertEquals(List.of(a, b, c), list.toList());
        assertSame(a, list.removeFirst());
        assertSame(b, list.removeFirst());
        assertSame(c, list.removeFirst());
        assertNull(list.removeFirst(), "an empty list hands out no task");
        assertTrue(list.isEmpty());
    }

    @Test
    void aNewListIsEmpty() {
        TaskList list = new TaskList();
        assertTrue(list.isEmpty());
        assertNull(list.first());
        assertEquals(0, list.size());
        assertEquals(List.of(), list.toList());
    }

    @Test
    void removingTheHeadMakesTheSecondTaskFirst() {
        TaskList list = listOf(a, b, c);
        list.remove(a);
        assertEquals(List.of(b, c), list.toList());
        assertSame(b, list.first());
        assertEquals(2, list.size());
    }

    @Test
    void removingFromTheMiddleJoinsTheNeighbours() {
        TaskList list = listOf(a, b, c);
        list.remove(b);
        assertEquals(List.of(a, c), list.toList());
        list.append(b);
        assertEquals(List.of(a, c, b), list.toList(), "a removed task comes back at the tail");
    }

    @Test
    void removingTheTailLetsTheNextAppendFollowTheNewTail() {
        TaskList list = listOf(a, b, c);
        list.remove(c);
        list.append(c);
        assertEquals(List.of(a, b, c), list.toList());
        list.remove(c);
        assertEquals(List.of(a, b), list.toList());
    }

    @Test
    void removingTheOnlyTaskEmptiesTheList() {
        TaskList list = listOf(a);
        list.remove(a);
        assertTrue(list.isEmpty());
        assertEquals(0, list.size());
        list.append(b);
        assertEquals(List.of(b), list.toList(), "an emptied list works like a new one");
    }

    @Test
    void appendingATaskTwiceIsRefusedNamingTheTask() {
        TaskList list = listOf(a, b);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> list.append(a));
        assertTrue(e.getMessage().contains("task 1 \"a\""), e.getMessage());
        assertEquals(List.of(a, b), list.toList(), "the refused append changed nothing");
    }

    @Test
    void aTaskInOneListCannotJoinAnother() {
        listOf(a);
        TaskList other = new TaskList();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.append(a));
        assertTrue(e.getMessage().contains("task 1 \"a\""), e.getMessage());
        assertTrue(other.isEmpty());
    }

    @Test
    void removingATaskThatIsNotInTheListIsRefused() {
        TaskList list = listOf(a);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> list.remove(b));
        assertTrue(e.getMessage().contains("task 2 \"b\""), e.getMessage());
        assertEquals(List.of(a), list.toList());
    }
}
