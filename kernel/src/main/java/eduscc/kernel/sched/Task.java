package eduscc.kernel.sched;

import java.util.Objects;

/**
 * A task control block: eduOS's {@code task_t} (facts §2) as plain Java bookkeeping.
 *
 * <p>The hardware never reads this object, so it may live on the Java heap (DESIGN §4). What the
 * hardware does read for a task, its kernel stack and, with hardware switching, its TSS, lives in
 * simulated memory; the fields that point there belong to the context-switch side and are added
 * to this class next to the ones below.
 *
 * <p>Like eduOS, a task carries its own ready-list links {@code next} and {@code prev}: putting a
 * task into a list allocates nothing, and a task can be in at most one list at a time. Only
 * {@link TaskList} touches them.
 */
public final class Task {
    private final int id;
    private final String name;
    private final int priority;
    private final boolean user;
    private final int coreId;
    private TaskState state;
    private TaskBody body;
    private Task parent;
    private int exitCode;
    private long wakeTick;
    private int tssSelector;
    private int lastStackPointer;
    private Task waitingFor;

    /** Links in the ready list this task waits in; null at the ends and when not queued. */
    Task next;
    Task prev;
    /** The list the links belong to, or null; lets a list refuse a task that is queued elsewhere. */
    TaskList queuedIn;

    /**
     * A task of core 0; see {@link #Task(int, String, int, boolean, int)}.
     */
    public Task(int id, String name, int priority, boolean user) {
        this(id, name, priority, user, 0);
    }

    /**
     * A new task. Like a slot of eduOS's {@code task_table} it starts INVALID, until the kernel
     * hands it to the scheduler (enqueueing makes it READY); only the idle task, the one task with
     * priority 0, starts in its own state IDLE, as eduOS's slot 0 does.
     *
     * @param id       the task id (eduOS: its index in the task table)
     * @param name     a name for the trace and the debugger
     * @param priority 0 (the idle task) to 31
     * @param user     true for a task that runs its program at CPL 3
     * @param coreId   the core whose kernel owns the task; kernels on the SCC share no tasks
     * @throws IllegalArgumentException if the priority lies outside 0..31
     */
    public Task(int id, String name, int priority, boolean user, int coreId) {
        Priority.check(priority);
        this.id = id;
        this.name = Objects.requireNonNull(name, "task name");
        this.priority = priority;
        this.user = user;
        this.coreId = coreId;
        this.state = priority == Priority.IDLE ? TaskState.IDLE : TaskState.INVALID;
    }

    /** The Java code the task runs (null for the idle task, which is the boot context itself). */
    public TaskBody body() {
        return body;
    }

    public void setBody(TaskBody body) {
        this.body = body;
    }

    /** The task that created this one and may wait for it. */
    public Task parent() {
        return parent;
    }

    public void setParent(Task parent) {
        this.parent = parent;
    }

    public int exitCode() {
        return exitCode;
    }

    public void setExitCode(int exitCode) {
        this.exitCode = exitCode;
    }

    /** For a sleeping task: the timer tick at which it becomes ready again. */
    public long wakeTick() {
        return wakeTick;
    }

    public void setWakeTick(long wakeTick) {
        this.wakeTick = wakeTick;
    }

    /** With hardware switching: the selector of this task's own TSS descriptor in the GDT. */
    public int tssSelector() {
        return tssSelector;
    }

    public void setTssSelector(int tssSelector) {
        this.tssSelector = tssSelector;
    }

    /** With software switching: where the task's saved frame starts on its kernel stack (eduOS last_stack_pointer). */
    public int lastStackPointer() {
        return lastStackPointer;
    }

    public void setLastStackPointer(int esp) {
        this.lastStackPointer = esp;
    }

    /** The child this task is blocked waiting for, or null. */
    public Task waitingFor() {
        return waitingFor;
    }

    public void setWaitingFor(Task child) {
        this.waitingFor = child;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Fixed for the task's life: eduOS has no call that changes a task's priority. */
    public int priority() {
        return priority;
    }

    /** Whether the task runs its program in ring 3 (user code and data selectors 0x1B, 0x23). */
    public boolean isUser() {
        return user;
    }

    public int coreId() {
        return coreId;
    }

    public TaskState state() {
        return state;
    }

    /** Changed by the scheduler and by blocking, waking and exiting; no rule is checked here. */
    public void setState(TaskState state) {
        this.state = Objects.requireNonNull(state, "task state");
    }

    /** Whether the task's links are in use, i.e. it waits in some {@link TaskList}. */
    boolean isQueued() {
        return queuedIn != null;
    }

    /** For example {@code task 3 "worker" prio 8 READY}. */
    @Override
    public String toString() {
        return "task " + id + " \"" + name + "\" prio " + priority + " " + state;
    }
}
