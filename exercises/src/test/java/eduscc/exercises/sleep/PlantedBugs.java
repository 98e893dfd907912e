package eduscc.exercises.sleep;

import eduscc.kernel.sched.Task;
import java.util.List;

/** One mistake each, as students make them; each costs the points of the check that sees it. */
final class PlantedBugs {
    private PlantedBugs() {
    }

    /** Appends every sleeper at the tail: right only while tasks happen to sleep in wake-tick order. */
    public static final class AppendsAtTheTail extends SolvedSleep {
        @Override
        int place(long wakeTick) {
            return sleepers.size();
        }
    }

    /** {@code <} for {@code <=}: a sleeper goes before the ones that wake at the same tick. */
    public static final class JumpsTheQueue extends SolvedSleep {
        @Override
        int place(long wakeTick) {
            int at = 0;
            while (at < sleepers.size() && sleepers.get(at).wakeTick() < wakeTick) {
                at++;
            }
            return at;
        }
    }

    /** Wakes at most one task per tick: the others due wait for the next. */
    public static final class WakesOnePerTick extends SolvedSleep {
        @Override
        public List<Task> expired(long tick) {
            List<Task> due = super.expired(tick);
            if (due.size() > 1) {
                sleepers.addAll(0, due.subList(1, due.size()));
                return List.of(due.get(0));
            }
            return due;
        }
    }

    /** {@code <} for {@code <=} on the tick: every sleeper wakes one tick late. */
    public static final class WakesATickLate extends SolvedSleep {
        @Override
        boolean isDue(Task task, long tick) {
            return task.wakeTick() < tick;
        }
    }

    /** Sleeping 0 ticks wakes "now", a tick the timer interrupt has already passed. */
    public static final class ZeroMeansNow extends SolvedSleep {
        @Override
        public void add(Task task, long now, long ticks) {
            long wakeTick = now + Math.max(0, ticks);
            task.setWakeTick(wakeTick);
            sleepers.add(place(wakeTick), task);
        }
    }

    /** Never takes a sleeper off early: one woken by someone else stays on the list. */
    public static final class ForgetsToRemove extends SolvedSleep {
        @Override
        public void remove(Task task) {
        }
    }
}
