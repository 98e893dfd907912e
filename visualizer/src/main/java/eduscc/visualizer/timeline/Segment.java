package eduscc.visualizer.timeline;

/**
 * A stretch of time in which one task had a core: from the scheduler decision that gave it the
 * core to the decision that took it away (or to the snapshot's time, if it still runs).
 *
 * @param task   the task's name; "boot" before the kernel's idle loop, "idle" for the idle task
 * @param start  global time in 1/16 ns units at which the task got the core
 * @param end    global time at which it lost the core (exclusive)
 * @param reason why the scheduler chose it ("round robin", "current blocked", ...)
 */
public record Segment(String task, long start, long end, String reason) {
    public Segment {
        if (end < start) {
            throw new IllegalArgumentException("segment of " + task + " ends at " + end + " before it starts at " + start);
        }
    }

    public long duration() {
        return end - start;
    }

    /** True if {@code time} lies in [start, end). */
    public boolean contains(long time) {
        return time >= start && time < end;
    }
}
