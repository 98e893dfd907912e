package eduscc.kernel.sched;

/**
 * The life of a task, as eduOS's {@code TASK_*} states ({@code include/eduos/tasks_types.h},
 * facts §2), in the same order so that {@code ordinal()} is eduOS's number.
 *
 * <pre>
 *   INVALID --create--> READY --chosen--> RUNNING --exit--> FINISHED --reaped--> INVALID
 *                       ^  ^                |  |
 *                       |  '--preempted-----'  |
 *                       |                      | block
 *                       '--wakeup-- BLOCKED <--'
 * </pre>
 */
public enum TaskState {
    /** The slot holds no task: never used, or an exited task that the scheduler has reaped. */
    INVALID,
    /** Waiting in the ready list of its priority for a turn on the core. */
    READY,
    /** On the core right now; the running task is in no ready list. */
    RUNNING,
    /** Waiting for an event (a semaphore, a message); in no ready list until woken. */
    BLOCKED,
    /** Has exited; the scheduler leaves it and the next switch reaps it. */
    FINISHED,
    /** The idle task's state, always: it is neither queued nor preempted, only chosen when nothing else is ready. */
    IDLE
}
