package eduscc.kernel.sync;

/**
 * The heart of a counting semaphore, eduOS's {@code sem_wait} and {@code sem_post}: what the
 * exercise {@code semaphores} asks a student to write. {@link Semaphore} is the view over a
 * {@code sem_t}'s bytes (its count, its ring of waiting task ids, the ring's position, its lock);
 * these two methods are the algorithm over them. The kit's own answer is {@link KitWaitAndPost};
 * a lab chooses one by name ({@link SemaphorePlugins}).
 *
 * <p>The contract, for one core's tasks:
 * <ul>
 *   <li>{@code semWait}: if the count is above zero, take one and return at once. Otherwise write
 *       the current task's id into the ring at {@code pos}, move {@code pos} on by one (round the
 *       ring), block the task in the scheduler, and when it is woken try again. The count never
 *       goes below zero. The test and the block happen with interrupts off, so that a post from
 *       an interrupt cannot fall between them and be lost.
 *   <li>{@code semPost}: one more in the count; then search the ring from {@code pos}, round it
 *       once, for the first slot that holds an id: that is the oldest waiter. Clear its slot and
 *       make it ready. At most one task wakes per post; with no waiter the count simply grows.
 *       A post never blocks and never calls the scheduler.
 *   <li>Both change the {@code sem_t} only while holding its lock.
 * </ul>
 */
public interface WaitAndPost {

    /** eduOS sem_wait: takes one from the count, blocking the current task while it is zero. */
    void semWait(Semaphore sem);

    /** eduOS sem_post: one more in the count, and the oldest waiter, if any, is made ready. */
    void semPost(Semaphore sem);
}
