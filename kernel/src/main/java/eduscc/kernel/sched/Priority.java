package eduscc.kernel.sched;

/**
 * The 32 task priorities of eduOS ({@code include/eduos/tasks_types.h}, facts §2).
 *
 * <p>A priority is a plain {@code int} from 0 to 31 because the scheduler uses it as a bit number
 * in the 32-bit {@code prioBitmap}: bit p is set while some task of priority p is ready. A bigger
 * number means more important. Priority 0 belongs to the idle task alone; it has no ready list,
 * so a real task gets 1..31.
 */
public final class Priority {
    /** The idle task's priority: it runs only when nothing else is ready and is never queued. */
    public static final int IDLE = 0;
    /** The lowest priority a real task can have. */
    public static final int LOW = 1;
    /** The priority eduOS gives kernel tasks without a request, and every user task. */
    public static final int NORMAL = 8;
    public static final int HIGH = 16;
    /** The highest priority; bit 31 is the top bit of the bitmap. */
    public static final int REALTIME = 31;
    /**
     * How many priorities there are (0..31), one bit each in a 32-bit word. eduOS's own
     * {@code MAX_PRIO} is 31, the highest value; here it counts the values instead, so that
     * {@code new TaskList[MAX_PRIO]} has one slot per priority.
     */
    public static final int MAX_PRIO = 32;

    private Priority() {
    }

    /**
     * Rejects a value that cannot be a priority.
     *
     * @throws IllegalArgumentException naming the value if it lies outside 0..31
     */
    public static void check(int priority) {
        if (priority < IDLE || priority >= MAX_PRIO) {
            throw new IllegalArgumentException(
                "priority must be " + IDLE + ".." + (MAX_PRIO - 1) + ", was " + priority);
        }
    }

    /**
     * The name of a priority for the debugger: "idle", "low", "normal", "high" and "realtime" for
     * the named levels, otherwise the number ("12").
     *
     * @throws IllegalArgumentException if the value is not a priority
     */
    public static String name(int priority) {
        check(priority);
        return switch (priority) {
            case IDLE -> "idle";
            case LOW -> "low";
            case NORMAL -> "normal";
            case HIGH -> "high";
            case REALTIME -> "realtime";
            default -> Integer.toString(priority);
        };
    }
}
