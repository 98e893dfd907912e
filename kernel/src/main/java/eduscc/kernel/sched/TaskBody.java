package eduscc.kernel.sched;

/**
 * What a task does: Java code that advances time only through machine operations and kernel
 * calls (eduOS {@code entry_point_t}). Returning from it ends the task, as eduOS's
 * {@code leave_kernel_task} calls exit.
 */
@FunctionalInterface
public interface TaskBody {
    void run();
}
