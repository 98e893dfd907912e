package eduscc.kernel.sched;

/**
 * A task was to be created while every slot of the core's task table held a task that is alive
 * or not yet waited for (eduOS create_task returns -ENOMEM then). Not a {@link KernelPanic}: the
 * kernel is intact, the caller asked for more tasks than the table has room for. A system call
 * answers -EAGAIN instead; a lab reports it as its error.
 */
public final class TaskTableFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskTableFull(String what) {
        super(what);
    }
}
