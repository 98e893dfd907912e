package eduscc.kernel.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * One ready list: a FIFO of tasks of the same priority, doubly linked through the tasks' own
 * {@code next}/{@code prev} fields, with pointers to its {@code first} and {@code last} task
 * (eduOS's per-priority {@code task_list_t}, facts §3).
 *
 * <p>The scheduler takes tasks from the head and puts them back at the tail, which is what makes
 * tasks of equal priority take turns. The back links are there for the other way out: a task that
 * blocks leaves from wherever it stands, in constant time.
 */
public final class TaskList {
    private Task first;
    private Task last;
    private int size;

    /**
     * Puts a task at the tail: it will run after every task already waiting here.
     *
     * @throws IllegalStateException naming the task if it already waits in a list (this or another);
     *     linking it twice would tie two lists into one
     */
    public void append(Task task) {
        if (task.isQueued()) {
            throw new IllegalStateException(task + " is already in a ready list; a task can wait in only one");
        }
        task.queuedIn = this;
        task.prev = last;
        task.next = null;
        if (last == null) {
            first = task;
        } else {
            last.next = task;
        }
        last = task;
        size++;
    }

    /** Takes the task at the head, the one that has waited longest; null if the list is empty. */
    public Task removeFirst() {
        Task head = first;
        if (head != null) {
            unlink(head);
        }
        return head;
    }

    /**
     * Takes a task out from anywhere in the list, as when a ready task is blocked or killed.
     *
     * @throws IllegalStateException naming the task if it is not in this list
     */
    public void remove(Task task) {
        if (task.queuedIn != this) {
            throw new IllegalStateException(task + " is not in this ready list");
        }
        unlink(task);
    }

    /** Bends the neighbours' links around the task, and moves first or last if it stood at an end. */
    private void unlink(Task task) {
        if (task.prev == null) {
            first = task.next;
        } else {
            task.prev.next = task.next;
        }
        if (task.next == null) {
            last = task.prev;
        } else {
            task.next.prev = task.prev;
        }
        task.next = null;
        task.prev = null;
        task.queuedIn = null;
        size--;
    }

    public boolean isEmpty() {
        return first == null;
    }

    /** The task at the head, without taking it; null if the list is empty. */
    public Task first() {
        return first;
    }

    public int size() {
        return size;
    }

    /** The tasks from head to tail, as a copy, for the debugger and for tests. */
    public List<Task> toList() {
        List<Task> tasks = new ArrayList<>(size);
        for (Task t = first; t != null; t = t.next) {
            tasks.add(t);
        }
        return tasks;
    }

    @Override
    public String toString() {
        return toList().toString();
    }
}
