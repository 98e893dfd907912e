package eduscc.exercises.sleep;

import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TimerQueue;
import java.util.ArrayList;
import java.util.List;

/**
 * YOUR timer list: the tasks sleeping until a timer tick, as HermitCore keeps them per core (the
 * eduOS lineage's {@code sleep} and {@code timer_handler}). Read the handout
 * ({@code exercises/src/main/resources/eduscc/exercises/sleep/HANDOUT.md}) and the contract in
 * {@link TimerQueue}, then replace each {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing. The field is in place; you should not need more.
 *
 * <p>The scheduler calls you; it keeps the tick count and blocks and wakes the tasks itself:
 * <pre>
 *   sleep(ticks)   add(current, tick, ticks); block the current task
 *   timer tick     tick++; for each task in expired(tick): wake it up; then round robin
 *   wakeup(task)   remove(task) (a sleeper woken early), then it is ready
 * </pre>
 *
 * <p>Grade it with {@code ./eduscc grade sleep}; watch the kernel run with it with
 * {@code ./eduscc run scheduling --sleep student}.
 */
public final class StudentSleep implements TimerQueue {
    /** The sleeping tasks, earliest wake tick first; among equal ticks, the first to sleep first. */
    private final List<Task> sleepers = new ArrayList<>();

    @Override
    public void add(Task task, long now, long ticks) {
        throw new UnsupportedOperationException("TODO add: the wake tick is now + ticks, but at least now + 1; write"
            + " it into the task (setWakeTick), then insert the task behind every sleeper that wakes at that tick or"
            + " earlier");
    }

    @Override
    public List<Task> expired(long tick) {
        throw new UnsupportedOperationException("TODO expired: take every task whose wake tick is tick or earlier off"
            + " the front of the list and return them in order");
    }

    @Override
    public void remove(Task task) {
        throw new UnsupportedOperationException("TODO remove: take the task off the list if it is on it");
    }

    @Override
    public List<Task> sleepers() {
        return List.copyOf(sleepers);
    }
}
