package eduscc.kernel.sched;

import eduscc.kernel.arch.KernelLayout;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * The kit's ready queue: eduOS's {@code readyqueues} in {@code kernel/tasks.c} (facts §3), one per
 * core, as a typed view over its bytes in the core's private memory. It holds a FIFO
 * {@link TaskList} for each priority 1..31 and the bitmap {@code prio_bitmap} whose bit p says
 * "list p is not empty", so that the scheduler finds the highest ready priority with a single bit
 * scan instead of walking 31 lists.
 *
 * <pre>
 *   eduOS readyqueues_t                 offset  here
 *   task_t*     idle;                    0      reserved: the kit's Scheduler keeps the idle task
 *   task_t*     old_task;                4      reserved: ... and the previous task in its fields
 *   uint32_t    nr_tasks;                8      tasks waiting in the lists (eduOS counts
 *                                               tasks alive; the kit counts what the lists hold)
 *   uint32_t    prio_bitmap;            12      bit p set exactly when queue[p-1] is non-empty
 *   task_list_t queue[MAX_PRIO];        16      priority p's {first, last} at 16 + 8·(p-1), p = 1..31
 *   spinlock_irqsave_t lock;           264      the lock word: 0 free, 1 held ({@link IrqSaveSpinlock})
 *                                      268      size
 * </pre>
 *
 * Every method the scheduler calls loads and stores these words (and the tasks' links) as eduOS's
 * C does; {@link #prioBitmap()} and {@link #tasksAt} are for the debugger and the invariant check
 * and read by probing, for free. The lock is taken by the {@link Scheduler} around its use of the
 * queue, as eduOS's {@code scheduler()} and {@code finish_task_switch()} take it; the queue itself
 * does not lock, so that a student's queue runs under the same lock.
 *
 * <p>The scan is injected: the kernel passes its core's BSR machine operation, so that finding
 * the next task costs what it costs on the P54C; tests use {@link #withJavaBsr()}.
 */
public final class ReadyQueues implements ReadyQueue {
    public static final int IDLE = 0;
    public static final int OLD_TASK = 4;
    public static final int NR_TASKS = 8;
    public static final int PRIO_BITMAP = 12;
    public static final int QUEUE = 16;
    public static final int LOCK = QUEUE + TaskList.SIZE * (Priority.MAX_PRIO - 1);
    public static final int SIZE = LOCK + 4;

    private final KernelData data;
    private final int address;
    /** One list view per priority; index 0 stays null because the idle task is never queued. */
    private final TaskList[] queue = new TaskList[Priority.MAX_PRIO];
    /** Bit-scan-reverse: the index of the highest set bit, or -1 for 0. */
    private final IntUnaryOperator bsr;

    /**
     * A ready queue in a small array of its own, without a machine (tests, and the exercise's
     * grader comparing a student's queue with this one).
     *
     * @param bsr the bit scan to find the highest priority with: the index of the highest set bit
     *     of its argument, or -1 for 0 (the core's {@code bsr} machine operation)
     */
    public ReadyQueues(IntUnaryOperator bsr) {
        this(bsr, new HeapKernelData(KernelLayout.READY_QUEUES, SIZE), KernelLayout.READY_QUEUES, null);
    }

    /**
     * The view over the {@code readyqueues_t} at {@code address}, whose memory is zero at boot as
     * eduOS's static struct is (no stores are made here).
     *
     * @param table the task table whose entries the links point at; null when every task is made without a kernel
     */
    public ReadyQueues(IntUnaryOperator bsr, KernelData data, int address, TaskTable table) {
        this.bsr = Objects.requireNonNull(bsr, "bsr");
        this.data = Objects.requireNonNull(data, "kernel data");
        this.address = address;
        for (int prio = Priority.LOW; prio < Priority.MAX_PRIO; prio++) {
            queue[prio] = new TaskList(data, listAddress(address, prio), table);
        }
    }

    /** A ready queue that scans with plain Java and costs no simulated cycles, for tests. */
    public static ReadyQueues withJavaBsr() {
        return new ReadyQueues(value -> value == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(value));
    }

    /** Where priority {@code prio}'s {@code task_list_t} lies in a readyqueues_t at {@code base}. */
    public static int listAddress(int base, int prio) {
        return base + QUEUE + TaskList.SIZE * (prio - 1);
    }

    @Override
    public void enqueue(Task t) {
        int prio = t.priority();
        if (prio == Priority.IDLE) {
            throw new IllegalArgumentException(t + " is the idle task: priority 0 has no ready list");
        }
        queue[prio].append(t);
        t.setState(TaskState.READY);
        data.store32(address + PRIO_BITMAP, data.load32(address + PRIO_BITMAP) | 1 << prio);
        data.store32(address + NR_TASKS, data.load32(address + NR_TASKS) + 1);
    }

    @Override
    public void remove(Task t) {
        if (!t.isQueued()) {
            return;
        }
        int prio = t.priority();
        listOf(t, prio).remove(t);
        clearBitIfEmpty(prio);
        data.store32(address + NR_TASKS, data.load32(address + NR_TASKS) - 1);
    }

    /** The list the task waits in, which must be the list of its priority in this queue. */
    private TaskList listOf(Task t, int prio) {
        TaskList list = prio == Priority.IDLE ? null : queue[prio];
        if (t.queuedIn != list) {
            throw new IllegalStateException(t + " waits in a list that is not this core's list for priority " + prio);
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
        if (first != null) {
            clearBitIfEmpty(priority);
            data.store32(address + NR_TASKS, data.load32(address + NR_TASKS) - 1);
        }
        return first;
    }

    /** The bit of a priority goes when the last task of that priority leaves its list. */
    private void clearBitIfEmpty(int priority) {
        if (queue[priority].isEmpty()) {
            data.store32(address + PRIO_BITMAP, data.load32(address + PRIO_BITMAP) & ~(1 << priority));
        }
    }

    /** eduOS {@code get_highest_priority()}: one load of the bitmap, one BSR. */
    @Override
    public int highestPriority() {
        return msb(data.load32(address + PRIO_BITMAP));
    }

    /**
     * The most significant set bit, eduOS's {@code msb()}: one BSR whatever the number of tasks.
     * eduOS returns 32 for an empty map to mean "more than MAX_PRIO, nothing ready"; the machine's
     * BSR says -1, and so does this method.
     */
    private int msb(int bitmap) {
        return bsr.applyAsInt(bitmap);
    }

    /** The bitmap, probed: the debugger's and the invariant check's read, which costs nothing. */
    @Override
    public int prioBitmap() {
        return data.probe32(address + PRIO_BITMAP);
    }

    /** {@code nr_tasks}, probed: how many tasks wait in the lists. */
    public int queuedTasks() {
        return data.probe32(address + NR_TASKS);
    }

    @Override
    public List<Task> tasksAt(int priority) {
        Priority.check(priority);
        return priority == Priority.IDLE ? List.of() : queue[priority].toList();
    }

    /** Where this queue's struct starts. */
    public int address() {
        return address;
    }

    /** Each non-empty list, highest priority first, for a log line. */
    @Override
    public String toString() {
        int bitmap = prioBitmap();
        StringBuilder text = new StringBuilder("prioBitmap 0x").append(Integer.toHexString(bitmap));
        for (int prio = Priority.MAX_PRIO - 1; prio > Priority.IDLE; prio--) {
            List<Task> waiting = queue[prio].toList();
            if (!waiting.isEmpty()) {
                text.append(", ").append(prio).append(": ").append(waiting);
            }
        }
        return text.toString();
    }
}
