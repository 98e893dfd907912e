package eduscc.kernel.sync;

import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Scheduler;

/**
 * Makes the {@link WaitAndPost} of one core's kernel, given its scheduler (who runs, block,
 * wake up) and the memory its semaphores live in (for the interrupt flag), as
 * {@code ReadyQueueFactory} makes a core's ready queue.
 */
@FunctionalInterface
public interface WaitAndPostFactory {
    /** The kit's own: {@link KitWaitAndPost}. */
    WaitAndPostFactory KIT = KitWaitAndPost::new;

    WaitAndPost create(Scheduler scheduler, KernelData data);
}
