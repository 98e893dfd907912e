package eduscc.kernel.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * Tasks sleeping until a timer tick, ordered by that tick (HermitCore's per-core timer queue,
 * eduOS facts §3). On every tick the kernel wakes the tasks whose time has come, earliest first,
 * and among equal ticks in the order they went to sleep. The contract is {@link TimerQueue}'s;
 * this is the kit's answer to the exercise {@code sleep}, the one every student's is graded against.
 *
 * <pre>
 *   sleepers  [ A@5  B@7  C@7  D@9 ]      E sleeps until 7: behind C, before D
 * </pre>
 */
public final class TimerList implements TimerQueue {
    private final List<Task> sleepers = new ArrayList<>();

    /** Sleeping 0 ticks, or fewer, still waits for the next tick: the task gives the core up. */
    @Override
    public void add(Task task, long now, long ticks) {
        add(task, now + Math.max(1, ticks));
    }

    /** Inserts {@code task} behind every task that wakes at the same tick or earlier. */
    public void add(Task task, long wakeTick) {
        task.setWakeTick(wakeTick);
        int at = sleepers.size();
        while (at > 0 && sleepers.get(at - 1).wakeTick() > wakeTick) {
            at--;
        }
        sleepers.add(at, task);
    }

    /** Removes and returns the tasks due at {@code tick}, in order. */
    @Override
    public List<Task> expired(long tick) {
        List<Task> due = new ArrayList<>();
        while (!sleepers.isEmpty() && sleepers.get(0).wakeTick() <= tick) {
            due.add(sleepers.remove(0));
        }
        return due;
    }

    @Override
    public void remove(Task task) {
        sleepers.remove(task);
    }

    @Override
    public List<Task> sleepers() {
        return List.copyOf(sleepers);
    }
}
