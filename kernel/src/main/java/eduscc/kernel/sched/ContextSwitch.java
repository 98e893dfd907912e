package eduscc.kernel.sched;

/**
 * How the kernel moves the core from one task to another, chosen at boot (DESIGN §4): by the
 * processor's task switch through one TSS per task, or by the kernel switching kernel stacks
 * with one TSS per core. Both run the same tasks in the same order; their costs differ.
 */
public interface ContextSwitch {
    /** A short name for traces and reports: "hardware" or "software". */
    String name();

    /** The boot context becomes the idle task: it already runs, on the core's first TSS. */
    void adoptIdle(Task idle);

    /** Gets a new task ready so that its first switch starts it at {@code entry} on its own kernel stack. */
    void prepare(Task task, int entry);

    /** Leaves {@code previous} for {@code next}; returns when some later switch comes back to {@code previous}. */
    void switchTo(Task previous, Task next);

    /**
     * The running task now uses the page directory in its {@link Task#pageMap} (an exec gave it
     * an address space of its own): load CR3 with it, and make the switches back to the task
     * load it again.
     */
    void addressSpaceChanged(Task task);
}
