package eduscc.kernel.sched;

import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * The kit's ready queue: eduOS's {@code readyqueues} in {@code kernel/tasks.c} (facts §3), one per
 * core. It holds a FIFO {@link TaskList} for each priority 1..31 and the bitmap {@code prioBitmap}
 * whose bit p says "list p is not empty", so that the scheduler finds the highest ready priority
 * with a single bit scan instead of walking 31 lists.
 *
 * <p>The scan is injected: the kernel passes its core's BSR machine operation, so that finding
 * the next task costs what it costs on the P54C; tests use {@link #withJavaBsr()}.
 */
public final class ReadyQueues implements ReadyQueue {
    /** One list per priority; index 0 stays null because the idle task is never queued. */
    private final TaskList[] queue = new TaskList[Priority.MAX_PRIO];
    /** Bit p set exactly when {@code queue[p]} is non-empty; bit 0 is never set. */
    private int prioBitmap;
    /** Bit-scan-reverse: the index of the highest set bit, or -1 for 0. */
    private final IntUnaryOperator bsr;

    /**
     * @param bsr the bit scan to find the highest priority with: the index of the highest set bit
     *     of its argument, or -1 for 0 (the core's {@code bsr} machine operation)
     */
    public ReadyQueues(IntUnaryOperator bsr) {
        this.bsr = Objects.requireNonNull(bsr, "bsr");
        for (int prio = Priority.LOW; prio < Priority.MAX_PRIO; prio++) {
            queue[prio] = new TaskList();
        }
    }

    /** A ready queue that scans with plain Java and costs no simulated cycles, for tests. */
    public static ReadyQueues withJavaBsr() {
        return new ReadyQueues(value -> value == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(value));
    }

    @Override
    public void enqueue(Task t) {
        if (t.priority() == Priority.IDLE) {
            throw new IllegalArgumentException(t + " is the idle task: priority 0 has no ready list");
        }
        queue[t.priority()].append(t);
        t.setState(TaskState.READY);
        prioBitmap |= 1 << t.priority();
    }

    @Override
    public void remove(Task t) {
        if (!t.isQueued()) {
            return;
        }
        TaskList list = listOf(t);
        list.remove(t);
        clearBitIfEmpty(t.priority());
    }

    /** The list the task waits in, which must be the list of its priority in this queue. */
    private TaskList listOf(Task t) {
        TaskList list = t.priority() == Priority.IDLE ? null : queue[t.priority()];
        if (t.queuedIn != list) {
            throw new IllegalStateException(t + " waits in a list that is not this core's list for priority "
                + t.priority());
        }
        return list;
    }

    @Override
    public Task dequeue(int priority) {
        Priority.check(priority);
        if (priority == Priority.IDLE) {
            return null;
        }
        Task first = queue[priority].removeFirst();
        clearBitIfEmpty(priority);
        return first;
    }

    /** The bit of a priority goes when the last task of that priority leaves its list. */
    private void clearBitIfEmpty(int priority) {
        if (queue[priority].isEmpty()) {
            prioBitmap &= ~(1 << priority);
        }
    }

    @Override
    public int highestPriority() {
        return msb(prioBitmap);
    }

    /**
     * The most significant set bit, eduOS's {@code msb()}: one BSR whatever the number of tasks.
     * eduOS returns 32 for an empty map to mean "more than MAX_PRIO, nothing ready"; the machine's
     * BSR says -1, and so does this method.
     */
    private int msb(int bitmap) {
        return bsr.applyAsInt(bitmap);
    }

    @Override
    public int prioBitmap() {
        return prioBitmap;
    }

    @Override
    public List<Task> tasksAt(int priority) {
        Priority.check(priority);
        return priority == Priority.IDLE ? List.of() : queue[priority].toList();
    }

    /** Each non-empty list, highest priority first, for a log line. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("prioBitmap 0x").append(Integer.toHexString(prioBitmap));
        for (int prio = Priority.MAX_PRIO - 1; prio > Priority.IDLE; prio--) {
            if (!queue[prio].isEmpty()) {
                text.append(", ").append(prio).append(": ").append(queue[prio]);
            }
        }
        return text.toString();
    }
}
