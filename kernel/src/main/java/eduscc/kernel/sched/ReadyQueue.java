package eduscc.kernel.sched;

import java.util.List;

/**
 * The ready queue of one core: the tasks that could run now, sorted by priority. This is the
 * plug-in point of the scheduler exercise; {@link ReadyQueues} is the kit's own version.
 *
 * <h2>What you build</h2>
 * One FIFO list per priority 1..31 and a 32-bit word {@code prioBitmap} in which bit p is set
 * exactly when list p holds a task. Priority 0 belongs to the idle task, which is never queued, so
 * bit 0 stays clear. The scheduler ({@link Scheduling#choose}) asks only two questions: which
 * priority is the highest one with a ready task, and who is first in that list. The bitmap makes
 * the first question one instruction: the bit-scan-reverse (BSR) of the bitmap, eduOS's
 * {@code msb()} (facts §3), whatever the number of tasks.
 *
 * <h2>Rules the kernel relies on</h2>
 * <ul>
 *   <li>Every method keeps "bit p set exactly when list p is non-empty" true when it returns. The
 *       kernel checks this after every decision ({@link QueueInvariants}) and panics if not.</li>
 *   <li>Each list is first in, first out: tasks of equal priority take turns in the order they
 *       became ready.</li>
 *   <li>A task is in at most one list, the list of its own priority, and only while READY.</li>
 *   <li>{@link #highestPriority()} uses one BSR and no loop over the lists.</li>
 * </ul>
 * Bookkeeping only: no method here switches tasks or touches the hardware.
 */
public interface ReadyQueue {

    /**
     * Makes a task ready: its state becomes READY, it goes to the tail of the list of its
     * priority, and that priority's bit is set. Used when a task is created, when it is woken and
     * when it is put back after being preempted.
     *
     * @throws IllegalArgumentException naming the task if its priority is 0 (the idle task)
     * @throws IllegalStateException naming the task if it already waits in a list
     */
    void enqueue(Task t);

    /**
     * Takes a task out of its list, wherever it stands, because it blocks or exits; clears the
     * bit of its priority if the list becomes empty. The state is the caller's business. A task
     * that is in no list (normally the running task) is left alone.
     */
    void remove(Task t);

    /**
     * Takes the first task of one priority's list, the one that has waited longest; clears the bit
     * if the list becomes empty. The state is the caller's business.
     *
     * @return the task, or null if no task of this priority is ready
     * @throws IllegalArgumentException if the priority lies outside 0..31
     */
    Task dequeue(int priority);

    /**
     * The highest priority with a ready task: {@code msb(prioBitmap)}, one BSR.
     *
     * @return 1..31, or -1 if no task is ready
     */
    int highestPriority();

    /**
     * The bitmap: bit p is set exactly when the list of priority p is non-empty. This and
     * {@link #tasksAt} are how the debugger and the invariant check look at the queue: they must
     * cost no simulated time (the kit's queue reads its bytes by probing).
     */
    int prioBitmap();

    /**
     * The tasks waiting at one priority, first to last, as a copy (for the debugger and the
     * invariant check). Empty for priority 0.
     *
     * @throws IllegalArgumentException if the priority lies outside 0..31
     */
    List<Task> tasksAt(int priority);
}
