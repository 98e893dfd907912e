package eduscc.kernel.sync;

import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;

/**
 * The kit's {@code sem_wait} and {@code sem_post} (eduOS {@code include/eduos/semaphore.h}, facts
 * eduos-metalsvm.md §10) over a {@link Semaphore}'s bytes: the version every student's
 * {@link WaitAndPost} is graded against (the exercise {@code semaphores}).
 *
 * <pre>
 *   wait:  lock; count &gt; 0 ? count-- : (queue[pos] = me, pos = pos+1 mod 58); unlock; blocked? block, again
 *   post:  lock; count++; i = pos; round the ring from i: first id found is the oldest; clear it, wake it; unlock
 * </pre>
 *
 * <p>One choice differs from eduOS: eduOS's sem_post wakes a waiter only when the count was 0.
 * Two posts before the first woken task runs then leave a second waiter asleep although the
 * count is 1. The kit wakes the first waiter at every post, as eduOS's descendant HermitCore
 * ({@code include/hermit/semaphore.h}) does; a woken task that finds the count taken again
 * simply queues again.
 */
public final class KitWaitAndPost implements WaitAndPost {
    private final Scheduler scheduler;
    private final KernelData data;

    public KitWaitAndPost(Scheduler scheduler, KernelData data) {
        this.scheduler = scheduler;
        this.data = data;
    }

    /**
     * Takes one from the count, or blocks the current task until a post wakes it, and then tries
     * again. The test and the block happen with interrupts off, so a post from an interrupt cannot
     * fall between them and be lost.
     */
    @Override
    public void semWait(Semaphore sem) {
        int flags = data.irqNestedDisable();
        while (!takeOrQueue(sem)) {
            scheduler.block();
        }
        data.irqNestedEnable(flags);
    }

    /** Under the lock: true if the count gave one, else the current task's id goes into the queue. */
    private boolean takeOrQueue(Semaphore sem) {
        int flags = sem.lock();
        boolean taken = takeOne(sem);
        if (!taken) {
            enqueue(sem, scheduler.current().id());
        }
        sem.unlock(flags);
        return taken;
    }

    /** Takes one from the count if it is above zero (also sem_trywait's whole work). */
    static boolean takeOne(Semaphore sem) {
        int value = sem.readValue();
        if (value == 0) {
            return false;
        }
        sem.writeValue(value - 1);
        return true;
    }

    private static void enqueue(Semaphore sem, int taskId) {
        int pos = sem.readPos();
        sem.writeQueue(pos, taskId);
        sem.writePos((pos + 1) % Semaphore.QUEUE_LENGTH);
    }

    /** One more in the count, and the oldest waiter, if any, is made ready. */
    @Override
    public void semPost(Semaphore sem) {
        int flags = sem.lock();
        sem.writeValue(sem.readValue() + 1);
        Task waiter = dequeueOldest(sem);
        if (waiter != null) {
            scheduler.wakeup(waiter);
        }
        sem.unlock(flags);
    }

    /** Searches the ring from pos for the first waiting id, clears its slot, and returns its task. */
    private Task dequeueOldest(Semaphore sem) {
        int i = sem.readPos();
        for (int k = 0; k < Semaphore.QUEUE_LENGTH; k++) {
            int id = sem.readQueue(i);
            if (id != Semaphore.NO_TASK) {
                sem.writeQueue(i, Semaphore.NO_TASK);
                return scheduler.task(id);
            }
            i = (i + 1) % Semaphore.QUEUE_LENGTH;
        }
        return null;
    }
}
