package eduscc.kernel.sched;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelText;
import eduscc.kernel.arch.InterruptPath;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.Selectors;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.tables.Tss32;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * One core's scheduler (eduOS kernel/tasks.c): the task table, the ready queues, the timer list
 * of sleeping tasks, and the operations that change who runs: {@link #reschedule}, the timer
 * tick's round robin, blocking and waking, sleeping, exiting and waiting for a child.
 *
 * <p>The order of a switch is eduOS's: {@link Scheduling#choose} picks the next task, the context
 * switch moves the core to it, and only then, running as the new task, {@code finishTaskSwitch}
 * puts the previous task back at the tail of its list.
 *
 * <p>The task table ({@link TaskTable}) and the ready queues live in the core's private memory at
 * {@link KernelLayout#TASK_TABLE} and {@link KernelLayout#READY_QUEUES}, and every field the
 * scheduler touches is a load or a store there. The queues are used under eduOS's irqsave
 * spinlock ({@link IrqSaveSpinlock}), whose word lies in the {@code readyqueues_t}: taken for the
 * decision and again in {@code finishTaskSwitch}, and around every other change of the lists.
 *
 * <p>The task table has {@link #MAX_TASKS} slots besides the idle task's, and a task's id is its
 * slot: it picks the TSS descriptor, the kernel stack and the user stack. As in eduOS, a slot is
 * taken again once its task is reaped: when its parent has waited for it, or at exit when no one
 * can wait any more (its parent has finished). A reaped task stays listed as FINISHED until a new
 * task takes its slot, so reports still show how it ended.
 */
public final class Scheduler {
    /** Tasks besides the idle task: GDT entries 5..63 hold one TSS each (index 5 is the idle task's). */
    public static final int MAX_TASKS = 58;

    private final Core core;
    private final Operations ops;
    private final Hardware hardware;
    private final ReadyQueue queues;
    private final ContextSwitch contextSwitch;
    private Consumer<Task> onExit = task -> { };
    private final int taskEntry;
    private final TaskTable table;
    private final IrqSaveSpinlock lock;
    /** The sleeping tasks: the kit's {@link TimerList} unless the lab chose another ({@link #setTimerList}). */
    private TimerQueue timers = new TimerList();
    private final Task[] slots = new Task[MAX_TASKS + 1];
    /** Slots whose task was reaped: free for the next task, though the old task is still listed. */
    private final BitSet reaped = new BitSet();
    /** For a slot reaped by wait, the task whose wait collected it; null when the kernel reaped it at an exit. */
    private final Task[] collectors = new Task[MAX_TASKS + 1];
    private final Task idle;
    private Task current;
    private Task previous;
    private long tick;
    private boolean checkInvariants;

    /**
     * A scheduler whose task table and ready queues live in the core's private memory.
     *
     * @param queues makes the ready queue (the kit's is the view over the {@code readyqueues_t})
     */
    public Scheduler(Core core, Hardware hardware, ReadyQueueFactory queues, ContextSwitch contextSwitch, int taskEntry) {
        this(core, hardware, KernelText.of(core), queues, contextSwitch, taskEntry);
    }

    /** @param text where this kernel binds its Java code (the task entry) */
    public Scheduler(Core core, Hardware hardware, KernelText text, ReadyQueueFactory queues, ContextSwitch contextSwitch,
                     int taskEntry) {
        this.core = core;
        this.ops = core.ops();
        this.hardware = hardware;
        KernelData data = new CoreKernelData(core, hardware);
        this.table = new TaskTable(data, KernelLayout.TASK_TABLE, MAX_TASKS + 1);
        this.queues = new TracingReadyQueue(queues.create(ops::bsr, data, KernelLayout.READY_QUEUES, table), core);
        this.lock = new IrqSaveSpinlock(data, KernelLayout.READY_QUEUES + ReadyQueues.LOCK, "readyqueues.lock",
            "core " + core.pid(), core::trace);
        this.contextSwitch = contextSwitch;
        this.taskEntry = taskEntry;
        this.idle = table.create(0, "idle", Priority.IDLE, false, core.pid());
        slots[0] = idle;
        current = idle;
        core.setTaskLabel(idle.name());
        contextSwitch.adoptIdle(idle);
        text.bind(taskEntry, "task entry", this::startTask);
    }

    /**
     * Uses {@code timers} as the timer list (a lab's sleep plug-in, the exercise {@code sleep});
     * call before any task sleeps.
     */
    public void setTimerList(TimerQueue timers) {
        this.timers = timers;
    }

    /** Runs the invariant checker after every decision (tests, and the debugger on request). */
    public void setCheckInvariants(boolean check) {
        this.checkInvariants = check;
    }

    /**
     * A new kernel task, READY at the tail of its priority's list (eduOS create_kernel_task).
     *
     * @throws TaskTableFull if all {@link #MAX_TASKS} slots hold tasks that are alive or not yet reaped
     */
    public Task create(String name, int priority, TaskBody body) {
        return create(name, priority, body, false);
    }

    /**
     * A new task; a user task starts in the kernel like any other, then drops to ring 3 and runs
     * {@code body} there (eduOS create_user_task and jump_to_user_code).
     */
    public Task create(String name, int priority, TaskBody body, boolean user) {
        if (priority < Priority.LOW || priority > Priority.REALTIME) {
            throw new IllegalArgumentException("task '" + name + "': priority must be 1..31, got " + priority);
        }
        int slot = freeSlot();
        if (slot < 0) {
            throw new TaskTableFull("core " + core.pid() + ": cannot create task '" + name + "': all " + MAX_TASKS
                + " task slots (one TSS descriptor each in the 64-entry GDT) hold tasks that are alive or not yet waited for");
        }
        Task task = table.create(slot, name, priority, user, core.pid());
        task.setPageMap(idle.pageMap());
        task.setBody(body);
        task.setParent(current);
        contextSwitch.prepare(task, taskEntry);
        slots[slot] = task;
        reaped.clear(slot);
        collectors[slot] = null;
        int flags = takeLock();
        queues.enqueue(task);
        releaseLock(flags);
        return task;
    }

    /** Whether {@link #create} would find a slot (thread_create answers -EAGAIN when it would not). */
    public boolean hasFreeSlot() {
        return freeSlot() >= 0;
    }

    /** The lowest slot never used or reaped, as eduOS's create_task scans its task_table; -1 if none. */
    private int freeSlot() {
        for (int slot = 1; slot <= MAX_TASKS; slot++) {
            if (slots[slot] == null || reaped.get(slot)) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * Frees a finished task's slot. Its kernel stack and TSS are no longer in use: the task ran for
     * the last time before the switch away from it, and that switch ended its context.
     *
     * @param collector the task whose wait collected the exit code, or null when no one can wait
     */
    private void reap(Task finished, Task collector) {
        if (slots[finished.id()] == finished) {
            int slot = finished.id();
            // Reaped once: a child its parent's wait collected stays collected when the parent exits.
            if (!reaped.get(slot)) {
                reaped.set(slot);
                collectors[slot] = collector;
            }
        }
    }

    /**
     * Whether {@code task} is a finished task the kernel has reaped (its slot free for the next
     * task); a finished task not yet reaped is what Unix calls a zombie. Java fields, no memory read.
     */
    public boolean isReaped(Task task) {
        return slots[task.slot()] == task && reaped.get(task.slot());
    }

    /** The task whose wait collected {@code task}'s exit code; null if none did (yet), or the kernel reaped it. */
    public Task collector(Task task) {
        return isReaped(task) ? collectors[task.slot()] : null;
    }

    /**
     * eduOS reschedule(): decide with interrupts off, under the ready queues' lock (eduOS's
     * {@code scheduler()}), and switch if another task should run.
     *
     * <p>eduOS sets {@code current_task} just before it releases the lock; the kit sets its
     * {@code current} (a Java field, no memory, no cost) just after, where it traces the decision.
     * With interrupts off nothing can tell the two orders apart, and this one makes the
     * debugger's stop at a scheduler decision the step in which the chosen task takes the core:
     * that step is what the run-queue view highlights, and the core then stands in the switch,
     * before the far JMP.
     */
    public void reschedule() {
        try (var mark = core.ledger().mark(InterruptPath.SCHEDULER)) {
            decideAndSwitch();
        }
    }

    private void decideAndSwitch() {
        int flags = hardware.irqSave();
        int lockFlags = takeLock();
        SchedulerDecision decision = Scheduling.choose(queues, current, idle);
        releaseLock(lockFlags);
        if (decision.switchesTask()) {
            previous = current;
            current = decision.next();
        }
        core.trace(new TraceEvent.SchedulerDecision(decision.prioBitmap(), decision.chosenPriority(),
            decision.previous().name(), decision.next().name(), decision.reason()));
        if (decision.switchesTask()) {
            try (var mark = core.ledger().mark(InterruptPath.SWITCH)) {
                contextSwitch.switchTo(previous, current);
            }
            finishTaskSwitch();
        }
        hardware.irqRestore(flags);
    }

    /**
     * Runs as the task the core just switched to: the previous task goes back into its list,
     * under the ready queues' lock as in eduOS's {@code finish_task_switch()}.
     */
    private void finishTaskSwitch() {
        core.setTaskLabel(current.name());
        int flags = takeLock();
        Scheduling.finishTaskSwitch(queues, previous);
        releaseLock(flags);
        previous = null;
        if (checkInvariants) {
            QueueInvariants.check(queues, current, tasks(), stackInvariant());
        }
    }

    /**
     * ESP0 of the TSS the processor would use must lie on the running task's kernel stack, or the
     * next interrupt from ring 3 would land on someone else's stack. Read as the debugger reads
     * memory, without a machine operation, so checking costs no simulated time.
     */
    private List<String> stackInvariant() {
        int esp0 = core.probePrivate(core.regs().tr.base() + Tss32.ESP0, 4);
        int top = KernelLayout.kernelStackTop(current.probe().id());
        if (Integer.compareUnsigned(esp0, top - KernelLayout.KERNEL_STACK_SIZE) > 0 && Integer.compareUnsigned(esp0, top) <= 0) {
            return List.of();
        }
        return List.of(String.format("ESP0 0x%08X is not on the kernel stack of %s (0x%08X..0x%08X)", esp0, current,
            top - KernelLayout.KERNEL_STACK_SIZE, top));
    }

    /** Where every new task begins, on its own kernel stack: finish the switch, run, exit. */
    private void startTask() {
        try (var mark = core.ledger().mark(InterruptPath.SCHEDULER)) {
            finishTaskSwitch();
        }
        if (current.isUser()) {
            enterUserMode(current);
        }
        current.body().run();
        exit(0);
    }

    /**
     * eduOS jump_to_user_code: build the frame an interrupt from ring 3 would have pushed and IRET
     * through it. The kernel half of the task ends here; the core goes on in ring 3 at the user
     * entry, on the task's user stack, and comes back into the kernel only through interrupts.
     */
    private void enterUserMode(Task task) {
        enterUserMode(KernelLayout.USER_ENTRY, KernelLayout.userStackTop(task.id()));
    }

    /** The same for code at {@code eip} in ring 3 on the user stack {@code esp} (an x86 program after exec). */
    public void enterUserMode(int eip, int esp) {
        ops.push32(Selectors.USER_DATA);
        ops.push32(esp);
        ops.push32(Eflags.RESERVED_ONE | Eflags.IF);
        ops.push32(Selectors.USER_CODE);
        ops.push32(eip);
        for (int segment : new int[] {Registers.DS, Registers.ES, Registers.FS, Registers.GS}) {
            ops.loadSegment(segment, Selectors.USER_DATA);
        }
        ops.iret();
    }

    /**
     * What the kernel does for a task that ends, before the switch away from it (with paging: give
     * its address space back, eduOS do_exit's page_map_drop).
     */
    public void setOnExit(Consumer<Task> onExit) {
        this.onExit = onExit;
    }

    /** With paging: the page directory of the idle task, which every task created from now on starts on too. */
    public void setKernelPageMap(int directory) {
        idle.setPageMap(directory);
    }

    /** The running task got an address space of its own (an exec): CR3 follows, now and at every switch back. */
    public void addressSpaceChanged(Task task) {
        contextSwitch.addressSpaceChanged(task);
    }

    /** Finds the task in slot {@code id} of this core (the newest one to hold it), or null. */
    public Task task(int id) {
        return id >= 0 && id < slots.length ? slots[id] : null;
    }

    /** The timer interrupt (after EOI): wake the sleepers whose tick has come, then round robin. */
    public void timerTick() {
        try (var mark = core.ledger().mark(InterruptPath.SCHEDULER)) {
            tick++;
            for (Task sleeper : timers.expired(tick)) {
                wakeup(sleeper);
            }
            reschedule();
        }
    }

    /** Any other interrupt: preempt only if it made a higher priority ready (eduOS irq_handler). */
    public void interruptArrived() {
        if (Scheduling.higherPriorityReady(queues, current)) {
            reschedule();
        }
    }

    /** The running task gives the core to the next task of its priority, if there is one. */
    public void yieldCore() {
        reschedule();
    }

    /** eduOS block_current_task + reschedule: the current task waits until someone wakes it. */
    public void block() {
        int flags = hardware.irqSave();
        int lockFlags = takeLock();
        current.setState(TaskState.BLOCKED);
        queues.remove(current);
        releaseLock(lockFlags);
        reschedule();
        hardware.irqRestore(flags);
    }

    /** eduOS wakeup_task: a blocked task becomes READY at the tail of its list. */
    public void wakeup(Task task) {
        int flags = takeLock();
        if (task.state() == TaskState.BLOCKED) {
            timers.remove(task);
            queues.enqueue(task);
        }
        releaseLock(flags);
    }

    /** Sleep for {@code ticks} timer ticks: the task blocks on the timer list. */
    public void sleep(long ticks) {
        int flags = hardware.irqSave();
        timers.add(current, tick, ticks);
        block();
        hardware.irqRestore(flags);
    }

    /** The current task ends; a parent waiting for it wakes up. Never returns. */
    public void exit(int code) {
        hardware.irqDisable();
        Task finished = current;
        onExit.accept(finished);
        finished.setExitCode(code);
        finished.setState(TaskState.FINISHED);
        Task parent = finished.parent();
        if (parent != null && parent.state() == TaskState.BLOCKED && parent.waitingFor() == finished) {
            wakeup(parent);
        }
        if (parent == null || parent.state() == TaskState.FINISHED) {
            reap(finished, null);
        }
        reapOrphansOf(finished);
        core.endContextAtNextSwitch();
        reschedule();
        throw new KernelPanic(finished + " ran again after it exited");
    }

    /** Finished children of a task that exits: no one can wait for them any more. */
    private void reapOrphansOf(Task parent) {
        for (Task task : tasks()) {
            if (task.parent() == parent && task.state() == TaskState.FINISHED) {
                reap(task, null);
            }
        }
    }

    /**
     * Blocks until {@code child} has finished and returns its exit code. The check and the block
     * happen with interrupts off: otherwise the child could finish between them, and its exit
     * would find nobody waiting (a lost wakeup).
     */
    public int waitFor(Task child) {
        int flags = hardware.irqSave();
        while (child.state() != TaskState.FINISHED) {
            current.setWaitingFor(child);
            block();
        }
        current.setWaitingFor(null);
        reap(child, current);
        hardware.irqRestore(flags);
        return child.exitCode();
    }

    /**
     * vfork's parent: blocks until {@code child} gives its address space back (calls execve or
     * exits, {@link #returnBorrowedSpace}); the parent must not run on a stack the child uses.
     */
    public void waitForBorrowedSpace(Task child) {
        int flags = hardware.irqSave();
        while (child.vforkParent() != null) {
            current.setWaitingFor(child);
            block();
        }
        current.setWaitingFor(null);
        hardware.irqRestore(flags);
    }

    /** A vfork child calls execve or exits: its parent, waiting for the space, may run again. */
    public void returnBorrowedSpace(Task child) {
        Task parent = child.vforkParent();
        child.setVforkParent(null);
        if (parent.state() == TaskState.BLOCKED && parent.waitingFor() == child) {
            wakeup(parent);
        }
    }

    public Task current() {
        return current;
    }

    public Task idle() {
        return idle;
    }

    /**
     * The task being switched out: from the decision that chose another task until
     * {@code finishTaskSwitch} puts it back into its list on the new task's stack; null otherwise.
     * In that window it is in no list and not {@link #current()}, so a debugger shows it here.
     */
    public Task previous() {
        return previous;
    }

    public long tick() {
        return tick;
    }

    public ReadyQueue queues() {
        return queues;
    }

    /** The task table in the core's memory (the debugger decodes its entries). */
    public TaskTable table() {
        return table;
    }

    /** Takes the ready queues' lock; its cycles are the path's "lock" part (InterruptPath). */
    private int takeLock() {
        try (var mark = core.ledger().mark(InterruptPath.LOCK)) {
            return lock.lock();
        }
    }

    private void releaseLock(int flags) {
        try (var mark = core.ledger().mark(InterruptPath.LOCK)) {
            lock.unlock(flags);
        }
    }

    /** The ready queues' irqsave lock. */
    public IrqSaveSpinlock lock() {
        return lock;
    }

    /** Every task in a slot, by slot: the living, and the finished until a new task takes their slot. */
    public List<Task> tasks() {
        List<Task> listed = new ArrayList<>();
        for (Task task : slots) {
            if (task != null) {
                listed.add(task);
            }
        }
        return List.copyOf(listed);
    }

    public String contextSwitchName() {
        return contextSwitch.name();
    }

    /** The tasks sleeping on the timer list, earliest wake tick first (the debugger shows them apart from the blocked ones). */
    public List<Task> sleepers() {
        return timers.sleepers();
    }
}
