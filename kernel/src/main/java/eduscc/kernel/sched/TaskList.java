package eduscc.kernel.sched;

import eduscc.kernel.arch.KernelLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * One ready list: a FIFO of tasks of the same priority, doubly linked through the tasks' own
 * {@code next}/{@code prev} fields, with pointers to its {@code first} and {@code last} task
 * (eduOS's per-priority {@code task_list_t}, facts §3). The two pointers are two words of kernel
 * data, {@code first} at offset 0 and {@code last} at 4, holding task_t addresses (0 for none):
 * inside the ready-queue structure for the kit's {@link ReadyQueues}, or in a small array of
 * their own for a list made with {@code new TaskList()}.
 *
 * <p>The scheduler takes tasks from the head and puts them back at the tail, which is what makes
 * tasks of equal priority take turns. The back links are there for the other way out: a task that
 * blocks leaves from wherever it stands, in constant time. Like eduOS, unlinking does not clear
 * the leaving task's own links; they mean nothing until it is appended again.
 */
public final class TaskList {
    /** Offsets in eduOS's {@code task_list_t}. */
    public static final int FIRST = 0;
    public static final int LAST = 4;
    public static final int SIZE = 8;
    /** More tasks than any table holds: a walk this long has gone round a cycle of links. */
    private static final int MAX_WALK = 1 << 16;

    private final KernelData data;
    private final int address;
    private final TaskTable table;
    private Task firstView;
    private Task lastView;

    /** A list whose two words live in a small array of its own (exercises, tests). */
    public TaskList() {
        this(new HeapKernelData(KernelLayout.READY_QUEUES, SIZE), KernelLayout.READY_QUEUES, null);
    }

    /** A view over the {@code task_list_t} at {@code address}; links resolve through {@code table}. */
    TaskList(KernelData data, int address, TaskTable table) {
        this.data = data;
        this.address = address;
        this.table = table;
    }

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
        Task tail = last();
        task.setPrev(tail);
        task.setNext(null);
        if (tail == null) {
            setFirst(task);
        } else {
            tail.setNext(task);
        }
        setLast(task);
    }

    /** Takes the task at the head, the one that has waited longest; null if the list is empty. */
    public Task removeFirst() {
        Task head = first();
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
        Task prev = task.prev();
        Task next = task.next();
        if (prev == null) {
            setFirst(next);
        } else {
            prev.setNext(next);
        }
        if (next == null) {
            setLast(prev);
        } else {
            next.setPrev(prev);
        }
        task.queuedIn = null;
    }

    /** One load of {@code first}. */
    public boolean isEmpty() {
        return data.load32(address + FIRST) == 0;
    }

    /** The task at the head, without taking it; null if the list is empty. */
    public Task first() {
        firstView = follow(data.load32(address + FIRST), firstView, "first");
        return firstView;
    }

    private Task last() {
        lastView = follow(data.load32(address + LAST), lastView, "last");
        return lastView;
    }

    private void setFirst(Task task) {
        data.store32(address + FIRST, Task.addressOf(task));
        firstView = task;
    }

    private void setLast(Task task) {
        data.store32(address + LAST, Task.addressOf(task));
        lastView = task;
    }

    private Task follow(int linked, Task remembered, String field) {
        if (linked == 0) {
            return null;
        }
        if (remembered != null && remembered.address() == linked) {
            return remembered;
        }
        Task found = table == null ? null : table.at(linked);
        if (found == null) {
            throw new IllegalStateException(String.format("ready list at 0x%08X: %s holds 0x%08X, which is no task of"
                + " this kernel", address, field, linked));
        }
        return found;
    }

    /** How many tasks wait here, counted by probing the links (costs nothing). */
    public int size() {
        return toList().size();
    }

    /** The tasks from head to tail, as a copy, read by probing (for the debugger and for tests). */
    public List<Task> toList() {
        List<Task> tasks = new ArrayList<>();
        for (Task t = follow(data.probe32(address + FIRST), firstView, "first"); t != null; t = t.probeNext()) {
            tasks.add(t);
            if (tasks.size() > MAX_WALK) {
                throw new IllegalStateException(String.format("ready list at 0x%08X: the next links form a cycle", address));
            }
        }
        return tasks;
    }

    /** Where the list's two words are. */
    public int address() {
        return address;
    }

    @Override
    public String toString() {
        return toList().toString();
    }
}
