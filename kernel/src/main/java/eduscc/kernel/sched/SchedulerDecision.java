package eduscc.kernel.sched;

import java.util.Objects;

/**
 * What one call of the scheduler decided, and why: the record the trace and the debugger's queue
 * panel show for each decision (DESIGN §5, "scheduler decision (bitmap, chosen priority)").
 *
 * @param prioBitmap     the bitmap the decision was read from, before the chosen task left its list
 * @param chosenPriority the priority of {@code next}; 0 when the idle task runs
 * @param previous       the task that was current when the scheduler was called
 * @param next           the task that runs after the decision; the same as {@code previous} if
 *                       nothing changes
 * @param reason         one of the reasons below, in words for the student
 */
public record SchedulerDecision(int prioBitmap, int chosenPriority, Task previous, Task next, String reason) {

    /** A task of higher priority than the current one was ready (or the idle task was running). */
    public static final String HIGHER_PRIORITY_READY = "higher priority ready";
    /** A task of the current task's own priority was waiting: equal priorities take turns. */
    public static final String ROUND_ROBIN = "round robin";
    /** Nothing of equal or higher priority was ready, so the running task stays on the core. */
    public static final String CURRENT_KEEPS_RUNNING = "current keeps running";
    /** Nothing was ready and the current task cannot go on: the core idles. */
    public static final String IDLE = "idle";
    /** The current task blocked, so the first task of the highest ready priority runs. */
    public static final String CURRENT_BLOCKED = "current blocked";
    /** The current task exited, so the first task of the highest ready priority runs. */
    public static final String CURRENT_FINISHED = "current finished";

    public SchedulerDecision {
        Objects.requireNonNull(previous, "previous task");
        Objects.requireNonNull(next, "next task");
        Objects.requireNonNull(reason, "reason");
        Priority.check(chosenPriority);
    }

    /** Whether the core changes tasks, i.e. a context switch and then finishTaskSwitch follow. */
    public boolean switchesTask() {
        return previous != next;
    }

    /** For example {@code prioBitmap 0x100, prio 8: task 1 "a" -> task 2 "b" (round robin)}. */
    @Override
    public String toString() {
        return "prioBitmap 0x" + Integer.toHexString(prioBitmap) + ", prio " + chosenPriority + ": "
            + label(previous) + " -> " + label(next) + " (" + reason + ")";
    }

    private static String label(Task t) {
        return "task " + t.id() + " \"" + t.name() + "\"";
    }
}
