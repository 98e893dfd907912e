package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * YOUR ready queue: eduOS's {@code readyqueues} from {@code kernel/tasks.c}. Read the handout
 * ({@code exercises/src/main/resources/eduscc/exercises/readyqueues/HANDOUT.md}) and the contract
 * in {@link ReadyQueue}, then replace each {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing. The fields and the constructor are in place; you should not need more.
 *
 * <p>Grade it with {@code ./eduscc grade ready-queues}; watch the kernel run with it with
 * {@code ./eduscc run scheduling --ready-queues student}.
 */
public final class StudentReadyQueues implements ReadyQueue {
    /** One FIFO list per priority 1..31; index 0 stays null because the idle task is never queued. */
    private final TaskList[] queue = new TaskList[Priority.MAX_PRIO];
    /** Bit p is set exactly when {@code queue[p]} holds a task; bit 0 is never set. */
    private int prioBitmap;
    /** The core's bit-scan-reverse: the index of the highest set bit of its argument, or -1 for 0. */
    private final IntUnaryOperator bsr;

    /** @param bsr the core's BSR machine operation; call it as {@code bsr.applyAsInt(value)} */
    public StudentReadyQueues(IntUnaryOperator bsr) {
        this.bsr = bsr;
        for (int prio = Priority.LOW; prio < Priority.MAX_PRIO; prio++) {
            queue[prio] = new TaskList();
        }
    }

    @Override
    public void enqueue(Task t) {
        throw new UnsupportedOperationException("TODO enqueue: refuse the idle task (priority 0) with an"
            + " IllegalArgumentException, append t to the list of its priority, make it READY, set its bit");
    }

    @Override
    public void remove(Task t) {
        throw new UnsupportedOperationException("TODO remove: if t waits in the list of its priority (toList() tells),"
            + " take it out and clear the bit if the list is now empty; a task in no list (the running one) is left alone");
    }

    @Override
    public Task dequeue(int priority) {
        throw new UnsupportedOperationException("TODO dequeue: check the priority (Priority.check), give null for 0,"
            + " take the first task of that list, clear the bit if the list is now empty");
    }

    @Override
    public int highestPriority() {
        throw new UnsupportedOperationException("TODO highestPriority: msb(prioBitmap), one call of bsr, no loop");
    }

    @Override
    public int prioBitmap() {
        throw new UnsupportedOperationException("TODO prioBitmap: return the bitmap");
    }

    @Override
    public List<Task> tasksAt(int priority) {
        throw new UnsupportedOperationException("TODO tasksAt: check the priority, an empty list for 0, else a copy"
            + " of that list first to last (TaskList.toList)");
    }
}
