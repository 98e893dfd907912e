package eduscc.kernel;

import eduscc.kernel.ipc.MailboxState;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import eduscc.kernel.sched.TaskT;
import eduscc.kernel.sync.SemaphoreState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One core's scheduler state at a pause, for the run-queue view: the prioBitmap, the FIFO list of
 * each non-empty priority in order, the running task, the idle task and the blocked ones.
 *
 * @param switchingOut the task the scheduler has just left, between its decision and
 *     {@code finishTaskSwitch} (in no list then, and not {@code running}); "" otherwise
 * @param blocked the tasks waiting for an event; a task sleeping on the timer list is in
 *                {@link #sleeping()} instead, with its wake tick
 * @param tasks   every task of the kernel by slot (creation order until a slot is reused), with
 *                its priority, its TSS selector and, if it sleeps, its wake tick; a finished task
 *                stays listed, reaped or not, until a new task takes its slot
 * @param damage  the kernel data the debugger could not decode, each naming the field and the
 *                address (a link to no task_t, a cycle, a status word that is no state); a ready
 *                list that cannot be walked is left out of {@code readyLists}. Empty when the
 *                bytes are sound.
 * @param processes the same tasks as the process tree shows them (parent, kind, exit code, who
 *                collected it), by slot; empty in a snapshot built by hand
 * @param semaphores the core's semaphores and mutexes with their counts and waiting tasks (which
 *                queue a blocked task waits in); empty when the kernel has none
 * @param mailbox the core's mailbox (the mails to fetch, the tasks waiting for one); null when the
 *                core takes no part in messaging or the mailbox was never used
 */
public record KernelSnapshot(int pid, long tick, int prioBitmap, int highestPriority,
                             SortedMap<Integer, List<String>> readyLists, String running, int runningPriority,
                             String idle, List<String> blocked, List<String> finished, String contextSwitch,
                             String switchingOut, List<TaskEntry> tasks, List<String> damage,
                             List<ProcessInfo> processes, List<SemaphoreState> semaphores, MailboxState mailbox) {

    /**
     * One task as the debugger names it.
     *
     * @param state       eduOS's state in lower case ("ready", "running", "blocked", ...), or
     *                    "sleeping" for a blocked task on the timer list
     * @param tssSelector the selector of the TSS the task runs with: its own with hardware switching,
     *                    the core's one TSS with software switching; 0 if none
     * @param wakeTick    the tick a sleeping task becomes ready again; -1 if it does not sleep
     */
    public record TaskEntry(String name, int priority, String state, int tssSelector, long wakeTick) {
        public boolean sleeping() {
            return wakeTick >= 0;
        }
    }

    public KernelSnapshot {
        readyLists = new TreeMap<>(readyLists);
        blocked = List.copyOf(blocked);
        finished = List.copyOf(finished);
        switchingOut = switchingOut == null ? "" : switchingOut;
        tasks = List.copyOf(tasks);
        damage = List.copyOf(damage);
        processes = List.copyOf(processes);
        semaphores = semaphores == null ? List.of() : List.copyOf(semaphores);
    }

    /** A snapshot without semaphores (tests that build one by hand). */
    public KernelSnapshot(int pid, long tick, int prioBitmap, int highestPriority,
                          SortedMap<Integer, List<String>> readyLists, String running, int runningPriority,
                          String idle, List<String> blocked, List<String> finished, String contextSwitch,
                          String switchingOut, List<TaskEntry> tasks, List<String> damage, List<ProcessInfo> processes) {
        this(pid, tick, prioBitmap, highestPriority, readyLists, running, runningPriority, idle, blocked, finished,
            contextSwitch, switchingOut, tasks, damage, processes, List.of(), null);
    }

    /** A snapshot without the process tree (tests that build one by hand). */
    public KernelSnapshot(int pid, long tick, int prioBitmap, int highestPriority,
                          SortedMap<Integer, List<String>> readyLists, String running, int runningPriority,
                          String idle, List<String> blocked, List<String> finished, String contextSwitch,
                          String switchingOut, List<TaskEntry> tasks, List<String> damage) {
        this(pid, tick, prioBitmap, highestPriority, readyLists, running, runningPriority, idle, blocked, finished,
            contextSwitch, switchingOut, tasks, damage, List.of());
    }

    /** A snapshot of sound kernel data (tests that build one by hand). */
    public KernelSnapshot(int pid, long tick, int prioBitmap, int highestPriority,
                          SortedMap<Integer, List<String>> readyLists, String running, int runningPriority,
                          String idle, List<String> blocked, List<String> finished, String contextSwitch,
                          String switchingOut, List<TaskEntry> tasks) {
        this(pid, tick, prioBitmap, highestPriority, readyLists, running, runningPriority, idle, blocked, finished,
            contextSwitch, switchingOut, tasks, List.of());
    }

    /** A snapshot with no task being switched out and without the task table (tests that build one by hand). */
    public KernelSnapshot(int pid, long tick, int prioBitmap, int highestPriority,
                          SortedMap<Integer, List<String>> readyLists, String running, int runningPriority,
                          String idle, List<String> blocked, List<String> finished, String contextSwitch) {
        this(pid, tick, prioBitmap, highestPriority, readyLists, running, runningPriority, idle, blocked, finished,
            contextSwitch, "", List.of());
    }

    /**
     * Reads a kernel's bookkeeping without machine operations: the task table and the ready
     * queues by probing their bytes ({@link Task#probe()}, {@link ReadyQueue#prioBitmap()},
     * {@link ReadyQueue#tasksAt}), so taking a snapshot costs no cycle and changes nothing.
     * Broken bytes (a kernel bug that scribbled on them) do not stop the snapshot: what cannot be
     * decoded is left out or shown as the raw word, and said in {@link #damage()}.
     */
    public static KernelSnapshot of(Kernel kernel) {
        Scheduler s = kernel.scheduler();
        if (s == null) {
            return new KernelSnapshot(kernel.pid(), 0, 0, -1, new TreeMap<>(), "", 0, "", List.of(), List.of(), "");
        }
        ReadyQueue q = s.queues();
        List<String> damage = new ArrayList<>();
        int bitmap = bitmapOf(q, damage);
        SortedMap<Integer, List<String>> lists = new TreeMap<>();
        for (int p = Priority.LOW; p <= Priority.REALTIME; p++) {
            try {
                List<Task> tasks = q.tasksAt(p);
                if (!tasks.isEmpty()) {
                    lists.put(p, tasks.stream().map(Task::name).toList());
                }
            } catch (IllegalStateException broken) {
                damage.add("ready list " + p + ": " + broken.getMessage());
            } catch (RuntimeException thrown) {
                // A student's queue that throws here throws for every list: say it once.
                damage.add(threw("tasksAt(" + p + ")", thrown));
                break;
            }
        }
        List<Task> sleepers = s.sleepers();
        List<String> blocked = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        for (Task t : s.tasks()) {
            TaskState state = stateOrNull(t.probe(), damage);
            if (state == TaskState.BLOCKED && !sleepers.contains(t)) {
                blocked.add(t.name());
            } else if (state == TaskState.FINISHED) {
                finished.add(t.name());
            }
        }
        int highest = bitmap == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(bitmap);
        return new KernelSnapshot(kernel.pid(), s.tick(), bitmap, highest, lists, s.current().name(),
            s.current().probe().prio(), s.idle().name(), blocked, finished, s.contextSwitchName(),
            s.previous() == null ? "" : s.previous().name(), entries(s, sleepers), damage, ProcessInfo.of(s),
            kernel.semaphores() == null ? List.of() : SemaphoreState.of(kernel.semaphores(), s), mailboxOf(kernel));
    }

    /** The core's mailbox as the debugger shows it, or null when it has none or never used it. */
    private static MailboxState mailboxOf(Kernel kernel) {
        MailboxState state = kernel.mailbox() == null ? null : kernel.mailbox().state();
        return state == null || !state.used() ? null : state;
    }

    /**
     * The queue's bitmap, or 0 when the queue throws (a student's unfinished one): the debugger
     * that asked still gets its snapshot, and {@code damage} says what was thrown.
     */
    private static int bitmapOf(ReadyQueue q, List<String> damage) {
        try {
            return q.prioBitmap();
        } catch (RuntimeException thrown) {
            damage.add(threw("prioBitmap()", thrown));
            return 0;
        }
    }

    private static String threw(String call, RuntimeException thrown) {
        return "the ready queue's " + call + " threw " + thrown.getClass().getSimpleName()
            + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
    }

    /** The entry's state, or null if its status word is none; then {@code damage} (if given) says so. */
    private static TaskState stateOrNull(TaskT entry, List<String> damage) {
        try {
            return entry.state();
        } catch (IllegalStateException broken) {
            if (damage != null) {
                damage.add("task table: " + broken.getMessage());
            }
            return null;
        }
    }

    /**
     * The task table in creation order. With software switching every task runs with the core's
     * one TSS, the idle task's (eduOS sets only its ESP0 on a switch), so each gets that selector.
     */
    private static List<TaskEntry> entries(Scheduler s, List<Task> sleepers) {
        boolean oneTssPerCore = !s.contextSwitchName().equals("hardware");
        List<TaskEntry> entries = new ArrayList<>();
        int sharedTss = s.idle().probe().tssSelector();
        for (Task t : s.tasks()) {
            TaskT entry = t.probe();
            TaskState state = stateOrNull(entry, null);
            boolean sleeps = state == TaskState.BLOCKED && sleepers.contains(t);
            entries.add(new TaskEntry(t.name(), entry.prio(), state == null ? "status " + entry.status()
                : sleeps ? "sleeping" : state.name().toLowerCase(Locale.ROOT),
                oneTssPerCore ? sharedTss : entry.tssSelector(), sleeps ? entry.wakeTick() : -1));
        }
        return entries;
    }

    /** The sleeping tasks, earliest wake tick first. */
    public List<TaskEntry> sleeping() {
        return tasks.stream().filter(TaskEntry::sleeping)
            .sorted(Comparator.comparingLong(TaskEntry::wakeTick)).toList();
    }

    /** The task called {@code name}, if this kernel has one. */
    public Optional<TaskEntry> task(String name) {
        return tasks.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * Whose TSS the GDT descriptor {@code selector} is, in words: the task's name with hardware
     * switching ("realtime"), "all tasks of core 3" with software switching, where they share it;
     * empty when the selector names no TSS of this kernel. The RPL bits are ignored.
     */
    public String tssOwner(int selector) {
        int index = selector & ~7;
        if (index == 0) {
            return "";
        }
        List<String> owners = tasks.stream().filter(t -> (t.tssSelector() & ~7) == index).map(TaskEntry::name).toList();
        if (owners.isEmpty()) {
            return "";
        }
        return owners.size() == 1 && contextSwitch.equals("hardware") ? owners.get(0) : "all tasks of core " + pid;
    }
}
