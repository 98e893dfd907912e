package eduscc.kernel;

import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import eduscc.kernel.sched.TaskT;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One task of a core's kernel as the debugger's process tree shows it (what {@code ps -ef} shows
 * of a Unix kernel): its id, its parent, what kind of code it runs, its state and, once it has
 * exited, its exit code and whose wait collected it. The fields that live in the task's
 * {@code task_t} (id, state, priority, exit code, the parent and waiting-for links) are probed
 * from simulated memory; the rest are the kernel's Java-side bookkeeping: the name, the program's
 * path, whether it is a thread or a vfork child, and whether its slot was reaped and by whom.
 *
 * @param pid         the task's id, its slot in the task table
 * @param parent      the id of the task that created it; -1 for the idle task, and for a task
 *                    whose parent's slot now holds another task (the parent is gone)
 * @param name        the kernel's name for it, as the trace and the timeline say it
 * @param program     the x86 program's path ("/bin/forkdemo"); "" for a Java task
 * @param state       "running", "ready", "blocked", "sleeping", "idle", "zombie" (finished, not
 *                    yet reaped) or "reaped" (finished, its slot free for the next task)
 * @param waitingFor  the id of the child a blocked task waits for (wait, or a vfork parent
 *                    waiting for its child's execve or exit); -1 for none
 * @param borrowsFrom a vfork child: the id of the parent whose address space it runs on until it
 *                    calls execve or exits; -1 otherwise
 * @param exitCode    the code it exited with; meaningful only when {@link #exited()}
 * @param collectedBy the id of the task whose wait collected the exit code; -1 if no one has, or
 *                    the kernel reaped it because no one could wait any more
 */
public record ProcessInfo(int pid, int parent, String name, String program, Kind kind, String state, int priority,
                          int waitingFor, int borrowsFrom, int exitCode, int collectedBy) {

    /** What runs in the task. */
    public enum Kind {
        /** The core's boot context, slot 0: it runs when nothing else is ready. */
        IDLE("idle"),
        /** Java code in ring 0 (a kernel thread, eduOS create_kernel_task). */
        JAVA_KERNEL("Java kernel task"),
        /** Java code in ring 3 (eduOS create_user_task): shares the kernel's one address space. */
        JAVA_USER("Java user task"),
        /** An x86 program from the ramdisk in an address space of its own (or a vfork child's borrowed one). */
        PROCESS("x86 process"),
        /** A thread of an x86 program (thread_create): it runs on its process's address space. */
        THREAD("x86 thread");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** "x86 process", "Java user task", ... */
        public String words() {
            return words;
        }
    }

    /** Whether the task has exited: its exit code is set, reaped or not. */
    public boolean exited() {
        return state.equals("zombie") || state.equals("reaped");
    }

    /** The tasks of {@code scheduler}'s table, by slot, read without cost: probes and Java fields only. */
    public static List<ProcessInfo> of(Scheduler scheduler) {
        List<Task> sleepers = scheduler.sleepers();
        List<ProcessInfo> processes = new ArrayList<>();
        for (Task task : scheduler.tasks()) {
            processes.add(of(scheduler, task, sleepers.contains(task)));
        }
        return List.copyOf(processes);
    }

    private static ProcessInfo of(Scheduler scheduler, Task task, boolean sleeps) {
        TaskT entry = task.probe();
        return new ProcessInfo(entry.id(), idOf(scheduler, parentOf(task)), task.name(),
            task.program() == null ? "" : task.program(), kind(scheduler, task), state(scheduler, task, entry, sleeps),
            entry.prio(), idOf(scheduler, waitingForOf(task)), idOf(scheduler, task.vforkParent()), entry.exitCode(),
            idOf(scheduler, scheduler.collector(task)));
    }

    private static Kind kind(Scheduler scheduler, Task task) {
        if (task == scheduler.idle()) {
            return Kind.IDLE;
        }
        if (task.threadOf() != null) {
            return Kind.THREAD;
        }
        if (task.program() != null) {
            return Kind.PROCESS;
        }
        return task.isUser() ? Kind.JAVA_USER : Kind.JAVA_KERNEL;
    }

    /** eduOS's state in lower case, with the blocked split into sleeping and the finished into zombie and reaped. */
    private static String state(Scheduler scheduler, Task task, TaskT entry, boolean sleeps) {
        if (entry.status() < 0 || entry.status() >= TaskState.values().length) {
            return "status " + entry.status();
        }
        TaskState state = entry.state();
        if (state == TaskState.BLOCKED && sleeps) {
            return "sleeping";
        }
        if (state == TaskState.FINISHED) {
            return scheduler.isReaped(task) ? "reaped" : "zombie";
        }
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** The id of {@code task} if it still holds its slot; -1 for none or for a task whose slot was taken again. */
    private static int idOf(Scheduler scheduler, Task task) {
        return task != null && scheduler.task(task.slot()) == task ? task.slot() : -1;
    }

    /** The parent link; a link that points at no task of the kernel (scribbled bytes) counts as none. */
    private static Task parentOf(Task task) {
        try {
            return task.probeParent();
        } catch (IllegalStateException broken) {
            return null;
        }
    }

    private static Task waitingForOf(Task task) {
        try {
            return task.probeWaitingFor();
        } catch (IllegalStateException broken) {
            return null;
        }
    }
}
