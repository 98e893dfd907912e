package eduscc.kernel.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * Tasks sleeping until a timer tick, ordered by that tick (HermitCore's per-core timer queue,
 * eduOS facts §3). On every tick the kernel wakes the tasks whose time has come, earliest first,
 * and among equal ticks in the order they went to sleep.
 */
public final class TimerList {
    private final List<Task> sleepers = new ArrayList<>();

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
    public List<Task> expired(long tick) {
        List<Task> due = new ArrayList<>();
        while (!sleepers.isEmpty() && sleepers.get(0).wakeTick() <= tick) {
            due.add(sleepers.remove(0));
        }
        return due;
    }

    public void remove(Task task) {
        sleepers.remove(task);
    }

    public List<Task> sleepers() {
        return List.copyOf(sleepers);
    }
}
