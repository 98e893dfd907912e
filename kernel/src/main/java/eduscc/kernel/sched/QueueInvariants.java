package eduscc.kernel.sched;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold for a core's ready queue between two scheduler decisions, checked the way a
 * lecturer would check it on the blackboard. The kernel can run {@link #check} after every
 * decision (after {@link Scheduling#finishTaskSwitch}, not before: in between, the previous task
 * is READY in no list on purpose), and a student's {@link ReadyQueue} that breaks a rule stops
 * with a kernel panic that says which rule, instead of losing a task many ticks later.
 *
 * <ol>
 *   <li>Bit p of {@code prioBitmap} is set exactly when list p is non-empty; bit 0 is never set.</li>
 *   <li>No task waits in two lists, or twice in one.</li>
 *   <li>Every queued task is READY, belongs to this core, and waits in the list of its own priority.</li>
 *   <li>The running task is in no list, and it is the only RUNNING task.</li>
 *   <li>No READY task is missing from the lists: nobody would ever pick it.</li>
 * </ol>
 * Everything is read by probing ({@link Task#probe()}, {@link ReadyQueue#prioBitmap()},
 * {@link ReadyQueue#tasksAt}), so a check costs no simulated time and the run cannot tell it happened.
 * One more rule lives on the architecture side, where the TSS is: ESP0 must point into the running
 * task's kernel stack. Its findings join these through {@link #check(ReadyQueue, Task, Collection, List)}.
 */
public final class QueueInvariants {

    private QueueInvariants() {
    }

    /**
     * Every rule the queue breaks, as sentences naming the bit, priority and task; empty if none.
     *
     * @param running  the task on the core (the idle task when the core idles)
     * @param allTasks every task of this core's kernel, the idle task included
     */
    public static List<String> violations(ReadyQueue q, Task running, Collection<Task> allTasks) {
        List<String> found = new ArrayList<>();
        List<List<Task>> lists = new ArrayList<>(Priority.MAX_PRIO);
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            lists.add(q.tasksAt(prio));
        }
        checkBitmap(q.prioBitmap(), lists, found);
        Map<Task, Integer> queuedAt = checkQueuedTasks(lists, running, allTasks, found);
        checkRunning(running, queuedAt, found);
        checkNoneLost(allTasks, running, queuedAt, found);
        return found;
    }

    /** Rule 1, for all 32 bits. */
    private static void checkBitmap(int bitmap, List<List<Task>> lists, List<String> found) {
        if ((bitmap & 1) != 0) {
            found.add("prioBitmap bit 0 is set, but priority 0 is the idle task's and is never queued");
        }
        if (!lists.get(Priority.IDLE).isEmpty()) {
            found.add("the list of priority 0 holds " + lists.get(Priority.IDLE).get(0)
                + ", but the idle task is never queued");
        }
        for (int prio = Priority.LOW; prio < Priority.MAX_PRIO; prio++) {
            boolean bit = (bitmap & (1 << prio)) != 0;
            List<Task> list = lists.get(prio);
            if (bit && list.isEmpty()) {
                found.add("prioBitmap bit " + prio + " is set but the list of priority " + prio + " is empty");
            } else if (!bit && !list.isEmpty()) {
                found.add("prioBitmap bit " + prio + " is clear but the list of priority " + prio + " holds "
                    + list.get(0) + (list.size() > 1 ? " and " + (list.size() - 1) + " more" : ""));
            }
        }
    }

    /** Rules 2 and 3; returns where each queued task was first seen, by identity. */
    private static Map<Task, Integer> checkQueuedTasks(List<List<Task>> lists, Task running,
            Collection<Task> allTasks, List<String> found) {
        Set<Task> known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(allTasks);
        Map<Task, Integer> queuedAt = new IdentityHashMap<>();
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            for (Task t : lists.get(prio)) {
                Integer earlier = queuedAt.putIfAbsent(t, prio);
                if (earlier != null) {
                    found.add(t + (earlier == prio ? " is twice in the list of priority " + prio
                        : " is in the list of priority " + earlier + " and again in the list of priority " + prio));
                    continue;
                }
                TaskState state = stateOf(t);
                if (state != TaskState.READY && t != running) {
                    found.add(t + " waits in the list of priority " + prio + " but is " + state + ", not READY");
                }
                if (t.probe().prio() != prio) {
                    found.add(t + " waits in the list of priority " + prio + ", not in the list of its own priority");
                }
                if (!known.contains(t)) {
                    found.add(t + " waits in the list of priority " + prio + " but is not one of this core's tasks");
                }
            }
        }
        return queuedAt;
    }

    /** Rule 4, first half: the running task is RUNNING (or the idle task) and in no list. */
    private static void checkRunning(Task running, Map<Task, Integer> queuedAt, List<String> found) {
        Integer prio = queuedAt.get(running);
        if (prio != null) {
            found.add("the running " + running + " waits in the list of priority " + prio
                + "; the running task must be in no list");
        }
        TaskState state = stateOf(running);
        if (state != TaskState.RUNNING && state != TaskState.IDLE) {
            found.add("the running " + running + " should be RUNNING");
        }
    }

    /** Rule 4, second half, and rule 5: every other task is where its state says it is. */
    private static void checkNoneLost(Collection<Task> allTasks, Task running, Map<Task, Integer> queuedAt,
            List<String> found) {
        for (Task t : allTasks) {
            if (t == running) {
                continue;
            }
            TaskState state = stateOf(t);
            if (state == TaskState.RUNNING) {
                found.add(t + " is RUNNING, but the running task is " + running);
            } else if (state == TaskState.READY && !queuedAt.containsKey(t)) {
                found.add(t + " is READY but in no ready list, so it would never run again");
            }
        }
    }

    /** The task's status word, probed: checking costs the core nothing and changes nothing. */
    private static TaskState stateOf(Task t) {
        return t.probe().state();
    }

    /**
     * Panics if the queue breaks any rule.
     *
     * @throws KernelPanic listing every violation, naming the core
     */
    public static void check(ReadyQueue q, Task running, Collection<Task> allTasks) {
        check(q, running, allTasks, List.of());
    }

    /**
     * Panics if the queue breaks any rule or the architecture side found something wrong with the
     * running task's TSS or stack (for example ESP0 outside its kernel stack).
     *
     * @param archViolations sentences from the architecture side's own check, possibly empty
     * @throws KernelPanic listing every violation, naming the core
     */
    public static void check(ReadyQueue q, Task running, Collection<Task> allTasks, List<String> archViolations) {
        List<String> found = violations(q, running, allTasks);
        found.addAll(archViolations);
        if (!found.isEmpty()) {
            throw new KernelPanic("scheduler state of core " + running.coreId() + " is broken:\n  - "
                + String.join("\n  - ", found));
        }
    }
}
