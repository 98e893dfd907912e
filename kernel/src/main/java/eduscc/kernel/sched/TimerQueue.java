package eduscc.kernel.sched;

import java.util.List;

/**
 * The timer list: the tasks sleeping until a timer tick, ordered by that tick (HermitCore's
 * per-core timer queue, eduOS facts §3). What the exercise {@code sleep} asks a student to write:
 * the insertion when a task goes to sleep and the wake-up on every tick. The {@link Scheduler}
 * keeps the tick count and blocks and wakes the tasks; this list only decides who wakes when.
 * The kit's own is {@link TimerList}; a lab chooses one by name ({@link SleepPlugins}).
 *
 * <p>The contract:
 * <ul>
 *   <li>{@link #add}: a task that sleeps {@code ticks} ticks at tick {@code now} wakes at tick
 *       {@code now + ticks}, but never before {@code now + 1}: sleeping 0 ticks (or fewer) gives
 *       the core up until the next tick. The wake tick is written into the task
 *       ({@link Task#setWakeTick}, where the debugger reads it). The task goes behind every task
 *       that wakes at the same tick or earlier, and before every task that wakes later.
 *   <li>{@link #expired}: on tick {@code tick}, removes and returns every task whose wake tick is
 *       {@code tick} or earlier, in list order (earliest wake tick first; among equal ticks, the
 *       one that went to sleep first), and no other.
 *   <li>{@link #remove}: a sleeper woken early by someone else leaves the list; a task that is not
 *       in it is left alone.
 * </ul>
 */
public interface TimerQueue {

    /** {@code task} goes to sleep at tick {@code now} for {@code ticks} ticks (at least one). */
    void add(Task task, long now, long ticks);

    /** Removes and returns the tasks due at {@code tick}, in order. */
    List<Task> expired(long tick);

    /** Takes {@code task} off the list if it is on it. */
    void remove(Task task);

    /** The sleepers in list order (a copy), for the debugger. */
    List<Task> sleepers();
}
