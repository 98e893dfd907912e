package eduscc.exercises.sleep;

import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TimerList;
import java.util.List;

/** Leaves the work to the kit's own TimerList: every check passes, none counts. */
public final class DelegatesToTheKit extends SolvedSleep {
    private final TimerList kit = new TimerList();

    @Override
    public void add(Task task, long now, long ticks) {
        kit.add(task, now, ticks);
    }

    @Override
    public List<Task> expired(long tick) {
        return kit.expired(tick);
    }

    @Override
    public void remove(Task task) {
        kit.remove(task);
    }

    @Override
    public List<Task> sleepers() {
        return kit.sleepers();
    }
}
