package eduscc.exercises.semaphores;

import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sync.Semaphore;
import eduscc.kernel.sync.WaitAndPost;

/**
 * YOUR semaphore: eduOS's {@code sem_wait} and {@code sem_post} ({@code include/eduos/semaphore.h}).
 * Read the handout ({@code exercises/src/main/resources/eduscc/exercises/semaphores/HANDOUT.md})
 * and the contract in {@link WaitAndPost}, then replace each
 * {@code throw new UnsupportedOperationException("TODO ...")} with the real thing. The fields and
 * the constructor are in place; you should not need more.
 *
 * <p>The semaphore is bytes in the core's private memory; {@code sem} reads and writes them, one
 * load or one store per call:
 * <pre>
 *   sem_t      offset   read / write
 *   value         0     sem.readValue()      sem.writeValue(v)
 *   queue[58]     4     sem.readQueue(i)     sem.writeQueue(i, taskId)   Semaphore.NO_TASK where empty
 *   pos         236     sem.readPos()        sem.writePos(p)             0 .. Semaphore.QUEUE_LENGTH - 1
 *   lock        240     int flags = sem.lock();   ...   sem.unlock(flags);
 * </pre>
 *
 * <p>The scheduler: {@code scheduler.current()} the running task ({@code .id()} its id),
 * {@code scheduler.block()} blocks it until someone wakes it (the core runs other tasks meanwhile),
 * {@code scheduler.task(id)} the task with that id, {@code scheduler.wakeup(task)} makes a blocked
 * task READY. Interrupts: {@code int flags = data.irqNestedDisable(); ... data.irqNestedEnable(flags);}.
 *
 * <p>Grade it with {@code ./eduscc grade semaphores}; watch the kernel run with it with
 * {@code ./eduscc run locks --semaphores student}.
 */
public final class StudentSemaphores implements WaitAndPost {
    /** This core's scheduler: who runs, block, wake up. */
    private final Scheduler scheduler;
    /** This core's kernel memory, for the interrupt flag. */
    private final KernelData data;

    public StudentSemaphores(Scheduler scheduler, KernelData data) {
        this.scheduler = scheduler;
        this.data = data;
    }

    @Override
    public void semWait(Semaphore sem) {
        throw new UnsupportedOperationException("TODO semWait: interrupts off; then, under the lock: a count above 0"
            + " gives one, else write your id at pos and move pos on; unlock; if you got nothing, block and try again;"
            + " interrupts back as they were");
    }

    @Override
    public void semPost(Semaphore sem) {
        throw new UnsupportedOperationException("TODO semPost: under the lock: one more in the count, then search the"
            + " ring from pos, round it once, for the first id; clear its slot and wake that task up");
    }
}
