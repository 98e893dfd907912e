package eduscc.kernel;

import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One core's scheduler state at a pause, for the run-queue view: the prioBitmap, the FIFO list of
 * each non-empty priority in order, the running task, the idle task and the blocked ones.
 *
 * @param switchingOut the task the scheduler has just left, between its decision and
 *     {@code finishTaskSwitch} (in no list then, and not {@code running}); "" otherwise
 */
public record KernelSnapshot(int pid, long tick, int prioBitmap, int highestPriority,
                             SortedMap<Integer, List<String>> readyLists, String running, int runningPriority,
                             String idle, List<String> blocked, List<String> finished, String contextSwitch,
                             String switchingOut) {

    public KernelSnapshot {
        readyLists = new TreeMap<>(readyLists);
        blocked = List.copyOf(blocked);
        finished = List.copyOf(finished);
        switchingOut = switchingOut == null ? "" : switchingOut;
    }

    /** A snapshot with no task being switched out. */
    public KernelSnapshot(int pid, long tick, int prioBitmap, int highestPriority,
                          SortedMap<Integer, List<String>> readyLists, String running, int runningPriority,
                          String idle, List<String> blocked, List<String> finished, String contextSwitch) {
        this(pid, tick, prioBitmap, highestPriority, readyLists, running, runningPriority, idle, blocked, finished,
            contextSwitch, "");
    }

    /** Reads a kernel's bookkeeping without machine operations (the queue's msb is not called). */
    public static KernelSnapshot of(Kernel kernel) {
        Scheduler s = kernel.scheduler();
        if (s == null) {
            return new KernelSnapshot(kernel.pid(), 0, 0, -1, new TreeMap<>(), "", 0, "", List.of(), List.of(), "");
        }
        ReadyQueue q = s.queues();
        int bitmap = q.prioBitmap();
        SortedMap<Integer, List<String>> lists = new TreeMap<>();
        for (int p = Priority.LOW; p <= Priority.REALTIME; p++) {
            List<Task> tasks = q.tasksAt(p);
            if (!tasks.isEmpty()) {
                lists.put(p, tasks.stream().map(Task::name).toList());
            }
        }
        List<String> blocked = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        for (Task t : s.tasks()) {
            if (t.state() == TaskState.BLOCKED) {
                blocked.add(t.name());
            } else if (t.state() == TaskState.FINISHED) {
                finished.add(t.name());
            }
        }
        int highest = bitmap == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(bitmap);
        return new KernelSnapshot(kernel.pid(), s.tick(), bitmap, highest, lists, s.current().name(),
            s.current().priority(), s.idle().name(), blocked, finished, s.contextSwitchName(),
            s.previous() == null ? "" : s.previous().name());
    }
}
