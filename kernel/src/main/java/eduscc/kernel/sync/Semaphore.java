package eduscc.kernel.sync;

import eduscc.kernel.sched.IrqSaveSpinlock;
import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Scheduler;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A counting semaphore for the tasks of one core: eduOS's {@code sem_t} (facts eduos-metalsvm.md
 * §10), as a view over its bytes in the core's private memory. A task that finds the count at
 * zero does not spin: it writes its id into the queue and blocks in the scheduler, so the core
 * runs other tasks until a {@link #semPost} wakes it.
 *
 * <pre>
 *   eduOS sem_t                        offset  here
 *   unsigned int value;                  0     the count
 *   tid_t queue[MAX_TASKS];              4     a ring of waiting task ids, NO_TASK where empty
 *   unsigned int pos;                  236     where the next waiter's id goes
 *   spinlock_irqsave_t lock;           240     0 free, 1 held ({@link IrqSaveSpinlock})
 *                                      244     size
 * </pre>
 *
 * <p>The queue is a ring: {@link #semWait} writes at {@code pos} and moves {@code pos} on;
 * {@link #semPost} searches from {@code pos} round the ring, and the first id it meets is the
 * oldest waiter, so waiters wake in the order they came (FIFO).
 *
 * <pre>
 *   queue  [ -  -  A  B  C  -  - ]      A waited first, then B, then C
 *                           ^pos        post: search from pos, wrap, find A
 * </pre>
 *
 * <p>The algorithm over these bytes, {@link #semWait} and {@link #semPost}, is a plug-in
 * ({@link WaitAndPost}): the kit's {@link KitWaitAndPost}, or a student's (the exercise
 * {@code semaphores}). This class is the view: each {@code read} is one load, each {@code write}
 * one store.
 *
 * <p>Like eduOS's, a semaphore belongs to one core: its word and queue lie in that core's private
 * memory, and a post wakes only tasks of that core. Across cores, use a {@link TestAndSetLock}.
 */
public final class Semaphore {
    public static final int VALUE = 0;
    public static final int QUEUE = 4;
    /** Room for every task but the idle task, which never waits (eduOS: MAX_TASKS ids). */
    public static final int QUEUE_LENGTH = Scheduler.MAX_TASKS;
    public static final int POS = QUEUE + 4 * QUEUE_LENGTH;
    public static final int LOCK = POS + 4;
    public static final int SIZE = LOCK + 4;
    /** An empty queue slot: one past the highest task id, as eduOS marks it with MAX_TASKS. */
    public static final int NO_TASK = Scheduler.MAX_TASKS + 1;

    private final KernelData data;
    private final int address;
    private final String name;
    private final Scheduler scheduler;
    private final IrqSaveSpinlock lock;
    private final WaitAndPost waitAndPost;

    /**
     * The view over the sem_t at {@code address}; {@link #init} writes it.
     *
     * @param name  for the trace and the debugger, e.g. {@code "items"}
     * @param owner whose semaphore, for a panic, e.g. {@code "core 3"}
     * @param waitAndPost the core's sem_wait and sem_post (the kit's, or a student's)
     */
    Semaphore(KernelData data, int address, String name, Scheduler scheduler, String owner, Consumer<TraceEvent> trace,
              WaitAndPost waitAndPost) {
        this.data = data;
        this.address = address;
        this.name = name;
        this.scheduler = scheduler;
        this.lock = new IrqSaveSpinlock(data, address + LOCK, "sem_t " + name + ".lock", owner, trace);
        this.waitAndPost = waitAndPost;
    }

    /** eduOS sem_init: the count, an empty queue, pos 0, the lock free. */
    void init(int value) {
        data.store32(address + VALUE, value);
        for (int i = 0; i < QUEUE_LENGTH; i++) {
            data.store32(queueSlot(i), NO_TASK);
        }
        data.store32(address + POS, 0);
        data.store32(address + LOCK, 0);
    }

    /** eduOS sem_wait: takes one from the count, or blocks the current task until a post wakes it. */
    public void semWait() {
        waitAndPost.semWait(this);
    }

    /** eduOS sem_trywait: takes one from the count if it is above zero; never blocks. */
    public boolean semTryWait() {
        int flags = lock.lock();
        boolean taken = KitWaitAndPost.takeOne(this);
        lock.unlock(flags);
        return taken;
    }

    /** eduOS sem_post: one more in the count, and the oldest waiter, if any, is made ready. */
    public void semPost() {
        waitAndPost.semPost(this);
    }

    /** eduOS spinlock_irqsave_lock on the sem_t's lock: interrupts off, then the lock; returns EFLAGS for {@link #unlock}. */
    public int lock() {
        return lock.lock();
    }

    /** eduOS spinlock_irqsave_unlock: the lock word cleared, then the interrupt flag as it was in {@code flags}. */
    public void unlock(int flags) {
        lock.unlock(flags);
    }

    /** The count: one load. */
    public int readValue() {
        return data.load32(address + VALUE);
    }

    /** The count: one store. */
    public void writeValue(int value) {
        data.store32(address + VALUE, value);
    }

    /** Where the next waiter's id goes, 0 to {@link #QUEUE_LENGTH} - 1: one load. */
    public int readPos() {
        return data.load32(address + POS);
    }

    /** One store. */
    public void writePos(int pos) {
        data.store32(address + POS, pos);
    }

    /** The task id in slot {@code index} of the ring, or {@link #NO_TASK}: one load. */
    public int readQueue(int index) {
        return data.load32(queueSlot(checkIndex(index)));
    }

    /** One store of a task id (or {@link #NO_TASK}) into slot {@code index} of the ring. */
    public void writeQueue(int index, int taskId) {
        data.store32(queueSlot(checkIndex(index)), taskId);
    }

    /** A slot outside the ring would be a store into the next field, or the next semaphore: refused. */
    private int checkIndex(int index) {
        if (index < 0 || index >= QUEUE_LENGTH) {
            throw new IndexOutOfBoundsException("semaphore \"" + name + "\": queue slot " + index + " is outside the ring"
                + " of " + QUEUE_LENGTH + " slots (0.." + (QUEUE_LENGTH - 1) + ")");
        }
        return index;
    }

    private int queueSlot(int index) {
        return address + QUEUE + 4 * index;
    }

    /** The count, as the debugger reads it (a probe: free, changes nothing). */
    public int value() {
        return data.probe32(address + VALUE);
    }

    /** The ids of the waiting tasks, oldest first, as the debugger reads them. */
    public List<Integer> waiters() {
        List<Integer> ids = new ArrayList<>();
        int pos = data.probe32(address + POS);
        for (int k = 0; k < QUEUE_LENGTH; k++) {
            int id = data.probe32(queueSlot((pos + k) % QUEUE_LENGTH));
            if (id != NO_TASK) {
                ids.add(id);
            }
        }
        return ids;
    }

    public String name() {
        return name;
    }

    public int address() {
        return address;
    }

    KernelData data() {
        return data;
    }

    Scheduler scheduler() {
        return scheduler;
    }
}
