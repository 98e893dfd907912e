package eduscc.kernel.sync;

import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.KernelPanic;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;

/**
 * A mutex for the tasks of one core: a {@link Semaphore} whose count starts at 1, plus the id of
 * the task that holds it. eduOS has no mutex type of its own; its code uses a semaphore of 1
 * where it needs one, and so does the kit. The owner is the one thing a plain semaphore of 1
 * cannot check: only the task that locked a mutex may unlock it.
 *
 * <pre>
 *   slot + 0     sem_t   count 1 = free, 0 = held; the queue holds the tasks waiting for it
 *   slot + 244   owner   the holder's task id, NO_TASK while free
 * </pre>
 *
 * A task waiting for a held mutex blocks in the scheduler, as at any semaphore: it does not spin.
 */
public final class Mutex {
    private final Semaphore semaphore;
    private final KernelData data;
    private final Scheduler scheduler;
    private final int owner;

    /** @param ownerOffset where the owner word lies, counted from the sem_t's first byte */
    Mutex(Semaphore semaphore, int ownerOffset) {
        this.semaphore = semaphore;
        this.data = semaphore.data();
        this.scheduler = semaphore.scheduler();
        this.owner = semaphore.address() + ownerOffset;
    }

    void init() {
        semaphore.init(1);
        data.store32(owner, Semaphore.NO_TASK);
    }

    /** Takes the mutex, blocking while another task holds it. */
    public void lock() {
        semaphore.semWait();
        data.store32(owner, scheduler.current().id());
    }

    /**
     * Gives the mutex back and wakes its oldest waiter.
     *
     * @throws KernelPanic if the current task does not hold it: unlocking another task's mutex
     *     would let two tasks into the critical section
     */
    public void unlock() {
        Task current = scheduler.current();
        int holder = data.load32(owner);
        if (holder != current.id()) {
            throw new KernelPanic(current + " unlocks mutex \"" + name() + "\", which "
                + (holder == Semaphore.NO_TASK ? "nobody holds" : "task " + holder + " holds"));
        }
        data.store32(owner, Semaphore.NO_TASK);
        semaphore.semPost();
    }

    /** The holder's task id, or {@link Semaphore#NO_TASK}, as the debugger reads it. */
    public int owner() {
        return data.probe32(owner);
    }

    public String name() {
        return semaphore.name();
    }

    /** The semaphore under it (its count and its waiters). */
    public Semaphore semaphore() {
        return semaphore;
    }
}
