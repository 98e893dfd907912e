package eduscc.exercises.sleep;

import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TimerQueue;
import java.util.ArrayList;
import java.util.List;

/** A student's correct timer list, written from the handout alone: full marks. The fixtures that get something wrong extend it. */
public class SolvedSleep implements TimerQueue {
    final List<Task> sleepers = new ArrayList<>();

    @Override
    public void add(Task task, long now, long ticks) {
        long wakeTick = now + Math.max(1, ticks);
        task.setWakeTick(wakeTick);
        sleepers.add(place(wakeTick), task);
    }

    /** Behind every sleeper that wakes at {@code wakeTick} or earlier. */
    int place(long wakeTick) {
        int at = 0;
        while (at < sleepers.size() && sleepers.get(at).wakeTick() <= wakeTick) {
            at++;
        }
        return at;
    }

    @Override
    public List<Task> expired(long tick) {
        List<Task> due = new ArrayList<>();
        while (!sleepers.isEmpty() && isDue(sleepers.get(0), tick)) {
            due.add(sleepers.remove(0));
        }
        return due;
    }

    boolean isDue(Task task, long tick) {
        return task.wakeTick() <= tick;
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
