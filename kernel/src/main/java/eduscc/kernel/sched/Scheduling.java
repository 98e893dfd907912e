package eduscc.kernel.sched;

import java.util.Locale;
import java.util.Objects;

/**
 * The decision half of eduOS's {@code scheduler()} and its partner {@code finish_task_switch()}
 * ({@code kernel/tasks.c}, facts §3): which task runs next, and how the previous one gets back
 * into its ready list once the switch is over. Nothing here switches stacks or touches the
 * hardware; the context switch happens between the two calls:
 *
 * <pre>
 *   decision = Scheduling.choose(queues, current, idle);
 *   if (decision.switchesTask()) {
 *       switch to decision.next()                  // hardware or software switch
 *       Scheduling.finishTaskSwitch(queues, decision.previous());   // on the new task's stack
 *   }
 * </pre>
 */
public final class Scheduling {

    private Scheduling() {
    }

    /**
     * Chooses the task that runs next, following eduOS's {@code scheduler()} step by step:
     * <ol>
     *   <li>{@code prio = msb(prioBitmap)}, one BSR.</li>
     *   <li>Nothing ready: a running task keeps the core; a blocked or finished one gives it to
     *       the idle task.</li>
     *   <li>A running task whose priority is <em>strictly</em> higher than {@code prio} keeps the
     *       core. With equal priority it does not: that is round robin.</li>
     *   <li>Otherwise the first task of list {@code prio} leaves its list and becomes RUNNING. A
     *       current task that was RUNNING becomes READY but is <em>not</em> queued yet: its stack
     *       is still in use until the switch is over, so nobody may pick it before then.
     *       {@link #finishTaskSwitch} puts it back, at the tail.</li>
     * </ol>
     * Round robin on the timer tick falls out of step 3: the running task is in no list, the first
     * task of its own priority is not beaten by it, so that task runs and the previous one goes to
     * the back of the line.
     *
     * @param queues  this core's ready queue
     * @param current the task on the core now, possibly just BLOCKED or FINISHED
     * @param idle    this core's idle task
     * @throws KernelPanic if the queue says a priority is ready but hands out no task for it
     */
    public static SchedulerDecision choose(ReadyQueue queues, Task current, Task idle) {
        Objects.requireNonNull(current, "current task");
        Objects.requireNonNull(idle, "idle task");
        int bitmap = queues.prioBitmap();
        int prio = queues.highestPriority();
        boolean running = current != idle && current.state() == TaskState.RUNNING;

        if (prio < 0) {
            return running ? keep(bitmap, current) : new SchedulerDecision(bitmap, Priority.IDLE, current, idle,
                SchedulerDecision.IDLE);
        }
        if (running && current.priority() > prio) {
            return keep(bitmap, current);
        }
        Task next = firstReady(queues, prio, bitmap);
        String reason = reasonToLeave(current, running, prio);
        if (running) {
            current.setState(TaskState.READY);
        }
        next.setState(TaskState.RUNNING);
        return new SchedulerDecision(bitmap, prio, current, next, reason);
    }

    /** No switch: the running task stays on the core. */
    private static SchedulerDecision keep(int bitmap, Task current) {
        return new SchedulerDecision(bitmap, current.priority(), current, current,
            SchedulerDecision.CURRENT_KEEPS_RUNNING);
    }

    /** Takes the head of list {@code prio}; an empty list behind a set bit is a broken queue. */
    private static Task firstReady(ReadyQueue queues, int prio, int bitmap) {
        Task next = queues.dequeue(prio);
        if (next == null) {
            throw new KernelPanic("the ready queue reports priority " + prio + " as the highest ready (prioBitmap 0x"
                + Integer.toHexString(bitmap) + ") but its list is empty");
        }
        return next;
    }

    /** Why the current task leaves the core, in the words of {@link SchedulerDecision}. */
    private static String reasonToLeave(Task current, boolean running, int prio) {
        if (running) {
            return current.priority() == prio ? SchedulerDecision.ROUND_ROBIN : SchedulerDecision.HIGHER_PRIORITY_READY;
        }
        return switch (current.state()) {
            case IDLE -> SchedulerDecision.HIGHER_PRIORITY_READY;
            case BLOCKED -> SchedulerDecision.CURRENT_BLOCKED;
            case FINISHED -> SchedulerDecision.CURRENT_FINISHED;
            default -> "current " + current.state().name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Puts the previous task back at the tail of its list once the switch is over, as eduOS's
     * {@code finish_task_switch()} does on the new task's stack. Only a task that {@link #choose}
     * preempted is re-queued: it is READY and in no list. A blocked or finished task stays out,
     * the idle task is never queued, and a task still RUNNING was not switched away from, so
     * calling this after a decision without a switch changes nothing.
     *
     * <p>eduOS also reaps a finished task here by freeing its stack; the stack belongs to the
     * context-switch side, which does that after this call.
     */
    public static void finishTaskSwitch(ReadyQueue queues, Task previous) {
        if (previous == null || previous.priority() == Priority.IDLE) {
            return;
        }
        if (previous.state() == TaskState.READY && !previous.isQueued()) {
            queues.enqueue(previous);
        }
    }

    /**
     * The preemption test eduOS's interrupt path makes after any interrupt other than the timer
     * tick: reschedule only if an interrupt handler made a task ready whose priority is higher
     * than the current one's ({@code get_highest_priority() > current->prio}). The timer tick
     * calls {@link #choose} unconditionally instead. One BSR.
     */
    public static boolean higherPriorityReady(ReadyQueue queues, Task current) {
        return queues.highestPriority() > current.priority();
    }
}
