package eduscc.kernel.sched;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.fs.FileDescriptorTable;
import java.util.Objects;

/**
 * A task control block: a view over one entry of eduOS's {@code task_table} (facts §2), the
 * {@code task_t} whose bytes {@link TaskT} lays out. Conceptually a Task <em>is</em> a pointer to
 * its task_t: each getter the scheduler calls is one load from that entry, each setter one store,
 * so the scheduler's Java reads like eduOS's C and every field it touches costs what the core's
 * memory says. A reader that is not the running core (the debugger, a report) gets the same
 * value by a free probe ({@link KernelData}), and {@link #probe()} decodes the whole entry.
 *
 * <p>What stays on the Java heap, and why: the {@link #name()} (a string for the trace and the
 * debugger; eduOS has none), the {@link #body()} (the Java code the task runs; in C that is the
 * entry address on its stack), whether it is a user task and its core (fixed at creation, used
 * once when it starts; eduOS knows a user task by the code segment of its frame), its open files
 * (a {@code FileDescriptorTable}, whose nodes are Java objects too), and {@code queuedIn}, a
 * safety check of the kit that refuses to link a task into two lists (eduOS has no such check).
 *
 * <p>Like eduOS, a task carries its own ready-list links {@code next} and {@code prev}: putting a
 * task into a list allocates nothing, and a task can be in at most one list at a time. Only
 * {@link TaskList} touches them. A link is the task_t address of the other task; the view of that
 * task comes from the task table, or, for a task made without a kernel, from the view last
 * stored in that link.
 */
public final class Task {
    private final KernelData data;
    private final int address;
    /** The table that finds the view of a task_t address; null for a task made without a kernel. */
    private final TaskTable table;
    private final String name;
    private final boolean user;
    private final int coreId;
    private TaskBody body;
    /**
     * The open files (MetalSVM's {@code fildes_table} in task_t): on the Java heap, as the nodes
     * are, so the descriptor lookups of a system call cost nothing; null for a kernel task.
     */
    private FileDescriptorTable files;
    /**
     * eduOS task_t's {@code page_map}: the physical address of the page directory the task runs
     * on (0 while paging is off). Kept on the Java side: only a context switch and a page fault
     * ask for it, and eduOS loads it into CR3 from there.
     */
    private int pageMap;
    /**
     * An x86 program's heap (eduOS task_t's {@code heap} VMA): from {@code heapStart}, the page
     * after its highest segment, up to the break that sbrk moves; its pages are demand-zero. A
     * thread has none of its own: it uses its {@link #process()}'s.
     */
    private int heapStart;
    /** A vfork child: the parent whose address space it borrows until it calls execve or exits; else null. */
    private Task vforkParent;
    /** A thread of an x86 program: the process whose address space and heap it uses; else null. */
    private Task threadOf;
    private int heapBreak;
    /**
     * The path of the x86 program the task runs ("/bin/forkdemo"): set when the kernel creates a
     * process for it and at each execve, passed on to a fork child and a thread; null for a Java
     * task. A name for the debugger's process tree, as Linux's {@code comm}; eduOS keeps none.
     */
    private String program;

    /** The views the link words were last set to (a Java object for each address stored). */
    private Task nextView;
    private Task prevView;
    private Task parentView;
    private Task waitingForView;
    /** The list the links belong to, or null; lets a list refuse a task that is queued elsewhere. */
    TaskList queuedIn;

    /**
     * A task of core 0; see {@link #Task(int, String, int, boolean, int)}.
     */
    public Task(int id, String name, int priority, boolean user) {
        this(id, name, priority, user, 0);
    }

    /**
     * A task without a kernel (tests, exercises): its task_t lives in a small array of its own,
     * at the address slot {@code id} would have in the kernel's table. Like a slot of eduOS's
     * {@code task_table} it starts INVALID, until it is handed to a ready queue (enqueueing makes
     * it READY); only the idle task, the one task with priority 0, starts in its own state IDLE,
     * as eduOS's slot 0 does.
     *
     * @param id       the task id (eduOS: its index in the task table)
     * @param name     a name for the trace and the debugger
     * @param priority 0 (the idle task) to 31
     * @param user     true for a task that runs its program at CPL 3
     * @param coreId   the core whose kernel owns the task; kernels on the SCC share no tasks
     * @throws IllegalArgumentException if the priority lies outside 0..31
     */
    public Task(int id, String name, int priority, boolean user, int coreId) {
        this(new HeapKernelData(TaskTable.addressOf(KernelLayout.TASK_TABLE, id), TaskT.SIZE), null,
            TaskTable.addressOf(KernelLayout.TASK_TABLE, id), id, name, priority, user, coreId);
    }

    /** A task in slot {@code slot} of a kernel's table ({@link TaskTable#create}). */
    Task(TaskTable table, int slot, String name, int priority, boolean user, int coreId) {
        this(table.data(), table, table.addressOf(slot), slot, name, priority, user, coreId);
    }

    /** Writes the new entry: the stores of eduOS's create_task, and the kit's fields cleared. */
    private Task(KernelData data, TaskTable table, int address, int id, String name, int priority, boolean user,
                 int coreId) {
        Priority.check(priority);
        this.data = data;
        this.table = table;
        this.address = address;
        this.name = Objects.requireNonNull(name, "task name");
        this.user = user;
        this.coreId = coreId;
        data.store32(address + TaskT.ID, id);
        setState(priority == Priority.IDLE ? TaskState.IDLE : TaskState.INVALID);
        data.store32(address + TaskT.LAST_STACK_POINTER, 0);
        data.store32(address + TaskT.STACK, KernelLayout.kernelStackTop(id) - KernelLayout.KERNEL_STACK_SIZE);
        data.store8(address + TaskT.FLAGS, 0);
        data.store8(address + TaskT.PRIO, priority);
        setNext(null);
        setPrev(null);
        setTssSelector(0);
        setWakeTick(0);
        setExitCode(0);
        setParent(null);
        setWaitingFor(null);
    }

    /** Where this task's task_t starts: what eduOS would hold as a {@code task_t*}. */
    public int address() {
        return address;
    }

    /** The whole entry decoded as the debugger reads it: free, and the run cannot tell. */
    public TaskT probe() {
        return TaskT.probe(data, address);
    }

    /** The priority byte alone, probed as {@link #probe} reads it: for a trace event that needs no more. */
    public int probedPriority() {
        return data.probe8(address + TaskT.PRIO);
    }

    /** The Java code the task runs (null for the idle task, which is the boot context itself). */
    public TaskBody body() {
        return body;
    }

    public void setBody(TaskBody body) {
        this.body = body;
    }

    /** The task's open files, or null for a task that makes no system calls. */
    public FileDescriptorTable files() {
        return files;
    }

    public Task threadOf() {
        return threadOf;
    }

    public void setThreadOf(Task process) {
        this.threadOf = process;
    }

    public Task vforkParent() {
        return vforkParent;
    }

    public void setVforkParent(Task parent) {
        this.vforkParent = parent;
    }

    /**
     * The task whose address space, heap and open files this one uses: the process for one of
     * its threads, else the task itself.
     */
    public Task process() {
        return threadOf == null ? this : threadOf;
    }

    /** The x86 program's path, or null for a Java task (and the idle task). */
    public String program() {
        return program;
    }

    public void setProgram(String path) {
        this.program = path;
    }

    public int heapStart() {
        return heapStart;
    }

    public int heapBreak() {
        return heapBreak;
    }

    /** A new image's heap: empty, starting at {@code start}. */
    public void startHeap(int start) {
        this.heapStart = start;
        this.heapBreak = start;
    }

    public void setHeapBreak(int end) {
        this.heapBreak = end;
    }

    public int pageMap() {
        return pageMap;
    }

    public void setPageMap(int directory) {
        this.pageMap = directory;
    }

    public void setFiles(FileDescriptorTable files) {
        this.files = files;
    }

    /** The task that created this one and may wait for it. */
    public Task parent() {
        parentView = follow(data.load32(address + TaskT.PARENT), parentView, "parent");
        return parentView;
    }

    public void setParent(Task parent) {
        data.store32(address + TaskT.PARENT, addressOf(parent));
        parentView = parent;
    }

    public int exitCode() {
        return data.load32(address + TaskT.EXIT_CODE);
    }

    public void setExitCode(int exitCode) {
        data.store32(address + TaskT.EXIT_CODE, exitCode);
    }

    /** For a sleeping task: the timer tick at which it becomes ready again (two loads: it is 64 bits). */
    public long wakeTick() {
        return Integer.toUnsignedLong(data.load32(address + TaskT.WAKE_TICK))
            | (long) data.load32(address + TaskT.WAKE_TICK + 4) << 32;
    }

    public void setWakeTick(long wakeTick) {
        data.store32(address + TaskT.WAKE_TICK, (int) wakeTick);
        data.store32(address + TaskT.WAKE_TICK + 4, (int) (wakeTick >>> 32));
    }

    /** With hardware switching: the selector of this task's own TSS descriptor in the GDT. */
    public int tssSelector() {
        return data.load32(address + TaskT.TSS_SELECTOR);
    }

    public void setTssSelector(int tssSelector) {
        data.store32(address + TaskT.TSS_SELECTOR, tssSelector);
    }

    /** eduOS {@code task->stack}: the base (lowest address) of the task's kernel stack. */
    public int stack() {
        return data.load32(address + TaskT.STACK);
    }

    /** With software switching: where the task's saved frame starts on its kernel stack (eduOS last_stack_pointer). */
    public int lastStackPointer() {
        return data.load32(address + TaskT.LAST_STACK_POINTER);
    }

    public void setLastStackPointer(int esp) {
        data.store32(address + TaskT.LAST_STACK_POINTER, esp);
    }

    /** The child this task is blocked waiting for, or null. */
    public Task waitingFor() {
        waitingForView = follow(data.load32(address + TaskT.WAITING_FOR), waitingForView, "waiting for");
        return waitingForView;
    }

    public void setWaitingFor(Task child) {
        data.store32(address + TaskT.WAITING_FOR, addressOf(child));
        waitingForView = child;
    }

    /** eduOS {@code task->id}: its slot in the table. */
    public int id() {
        return data.load32(address + TaskT.ID);
    }

    /**
     * The task's slot in the task table, from where its task_t lies: the same number as
     * {@link #id}, found without reading the kernel's memory (code that runs in ring 3, such as
     * the start of a user task, may not read the task table once paging protects it).
     */
    public int slot() {
        return (address - KernelLayout.TASK_TABLE) / TaskT.SIZE;
    }

    public String name() {
        return name;
    }

    /** Fixed for the task's life: eduOS has no call that changes a task's priority. One byte load. */
    public int priority() {
        return data.load8(address + TaskT.PRIO);
    }

    /** Whether the task runs its program in ring 3 (user code and data selectors 0x1B, 0x23). */
    public boolean isUser() {
        return user;
    }

    public int coreId() {
        return coreId;
    }

    public TaskState state() {
        return TaskT.state(data.load32(address + TaskT.STATUS), address);
    }

    /** Changed by the scheduler and by blocking, waking and exiting; no rule is checked here. */
    public void setState(TaskState state) {
        data.store32(address + TaskT.STATUS, Objects.requireNonNull(state, "task state").ordinal());
    }

    /** Whether the task's links are in use, i.e. it waits in some {@link TaskList}. */
    boolean isQueued() {
        return queuedIn != null;
    }

    // The ready-list links, for TaskList only.

    Task next() {
        nextView = follow(data.load32(address + TaskT.NEXT), nextView, "next");
        return nextView;
    }

    void setNext(Task task) {
        data.store32(address + TaskT.NEXT, addressOf(task));
        nextView = task;
    }

    Task prev() {
        prevView = follow(data.load32(address + TaskT.PREV), prevView, "prev");
        return prevView;
    }

    void setPrev(Task task) {
        data.store32(address + TaskT.PREV, addressOf(task));
        prevView = task;
    }

    /** The next link as the debugger follows it: a probe, no cost. */
    Task probeNext() {
        return follow(data.probe32(address + TaskT.NEXT), nextView, "next");
    }

    /** The parent link as the debugger follows it (the process tree): a probe, no cost. */
    public Task probeParent() {
        return follow(data.probe32(address + TaskT.PARENT), parentView, "parent");
    }

    /** The waiting-for link as the debugger follows it: a probe, no cost. */
    public Task probeWaitingFor() {
        return follow(data.probe32(address + TaskT.WAITING_FOR), waitingForView, "waiting for");
    }

    /** The task a link word points at: null for 0, else the view of that task_t. */
    Task follow(int linked, Task remembered, String field) {
        if (linked == 0) {
            return null;
        }
        if (remembered != null && remembered.address == linked) {
            return remembered;
        }
        Task found = table == null ? null : table.at(linked);
        if (found == null) {
            throw new IllegalStateException(String.format("%s: field %s of its task_t at 0x%08X holds 0x%08X, which is"
                + " no task of this kernel", this, field, address, linked));
        }
        return found;
    }

    static int addressOf(Task task) {
        return task == null ? 0 : task.address;
    }

    /** For example {@code task 3 "worker" prio 8 READY}, read by probing so that printing costs nothing. */
    @Override
    public String toString() {
        TaskT entry = probe();
        String state = entry.status() >= 0 && entry.status() < TaskState.values().length
            ? TaskState.values()[entry.status()].name() : "status " + entry.status();
        return "task " + entry.id() + " \"" + name + "\" prio " + entry.prio() + " " + state;
    }
}
