package eduscc.exercises.readyqueues;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The checks of the {@link eduscc.kernel.sched.ReadyQueue} contract one rule at a time: each uses
 * a fresh queue and fresh tasks, and each tests its own rule only, so that one mistake costs the
 * points of the rule it breaks. Tasks change state as the scheduler would change them: a task the
 * scheduler takes from a list becomes RUNNING, a task that blocks becomes BLOCKED. (The one state
 * no check here builds, a task READY in no list, is the lab's: the kernel's preempted task is so
 * until the switch is over.)
 *
 * <p>A check only calls and records what it sees; the grader compares that with what the same
 * calls give on the kit's {@code ReadyQueues}. The comments say what the contract expects.
 */
final class QueueChecks {
    /** Bit-scan-reverse in plain Java, for checks that do not count scans. */
    static final IntUnaryOperator JAVA_BSR = v -> v == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(v);

    private QueueChecks() {
    }

    static List<ObservedCheck> all(ReadyQueueFactory queues) {
        return List.of(
            new ObservedCheck("FIFO order within a priority", 10, o -> fifo(o, queues.create(JAVA_BSR))),
            new ObservedCheck("bitmap set and clear", 20, o -> bitmapSetAndClear(o, queues.create(JAVA_BSR))),
            new ObservedCheck("msb uses one BSR", 10, o -> oneBsr(o, queues)),
            new ObservedCheck("highest priority", 15, o -> highest(o, queues.create(JAVA_BSR))),
            new ObservedCheck("remove from the middle", 10, o -> removeFromTheMiddle(o, queues.create(JAVA_BSR))));
    }

    /** A task of core 0 named t{@code id}, known to the observer by that name. */
    static Task task(Observer o, int id, int priority) {
        return o.name(new Task(id, "t" + id, priority, false, 0), "t" + id);
    }

    /** What the scheduler does with the task it takes: it runs. */
    private static Task take(ReadyQueue q, int priority) {
        Task t = q.dequeue(priority);
        if (t != null) {
            t.setState(TaskState.RUNNING);
        }
        return t;
    }

    /** What the scheduler does with a waiting task that blocks: its state changes, then it leaves its list. */
    private static void block(ReadyQueue q, Task t) {
        t.setState(TaskState.BLOCKED);
        q.remove(t);
    }

    /** t1, t2, t3 come out in the order they went in; t1 put back goes behind t3; a second enqueue is refused. */
    private static void fifo(Observer o, ReadyQueue q) {
        Task a = task(o, 1, 8);
        Task b = task(o, 2, 8);
        Task c = task(o, 3, 8);
        q.enqueue(a);
        q.enqueue(b);
        q.enqueue(c);
        o.see("state of a task after enqueue", a.state());
        o.see("tasksAt(8) after enqueueing t1, t2, t3", q.tasksAt(8));
        o.see("first dequeue(8) after enqueueing t1, t2, t3", take(q, 8));
        q.enqueue(a);
        o.see("dequeue(8) after t1 went back to the tail", take(q, 8));
        o.see("next dequeue(8)", take(q, 8));
        o.see("next dequeue(8)", take(q, 8));
        o.see("dequeue(8) of an empty list", q.dequeue(8));
        q.enqueue(b);
        o.seeThrows("enqueueing a task that already waits", IllegalStateException.class, () -> q.enqueue(b));
    }

    /** Bit p is set while list p holds a task; bit 31 is the sign bit; bit 0 (idle) never. */
    private static void bitmapSetAndClear(Observer o, ReadyQueue q) {
        o.seeBitmap("prioBitmap of an empty queue", q.prioBitmap());
        Task normal1 = task(o, 1, 8);
        Task normal2 = task(o, 2, 8);
        Task realtime = task(o, 3, 31);
        Task low = task(o, 4, 1);
        q.enqueue(normal1);
        o.seeBitmap("prioBitmap after enqueueing a priority-8 task", q.prioBitmap());
        q.enqueue(realtime);
        q.enqueue(normal2);
        o.seeBitmap("prioBitmap after adding priorities 31 and 8 (bit 31 is the sign bit)", q.prioBitmap());
        take(q, 8);
        o.seeBitmap("prioBitmap after dequeue(8) while one priority-8 task still waits", q.prioBitmap());
        take(q, 8);
        o.seeBitmap("prioBitmap after dequeue(8) took the last priority-8 task", q.prioBitmap());
        block(q, realtime);
        o.seeBitmap("prioBitmap after removing the only priority-31 task", q.prioBitmap());
        q.enqueue(low);
        o.seeBitmap("prioBitmap after enqueueing a priority-1 task (bit 0 belongs to idle)", q.prioBitmap());
        Task idle = o.name(new Task(9, "idle", 0, false, 0), "idle");
        o.seeThrows("enqueueing the idle task (priority 0)", IllegalArgumentException.class, () -> q.enqueue(idle));
        o.seeBitmap("prioBitmap after refusing the idle task", q.prioBitmap());
    }

    /**
     * highestPriority asks the core's BSR once, about the bitmap. Only the calls are seen here: what
     * highestPriority answers is the next check's, so a wrong answer with one BSR costs that one.
     */
    private static void oneBsr(Observer o, ReadyQueueFactory queues) {
        List<Integer> scans = new ArrayList<>();
        ReadyQueue q = queues.create(value -> {
            scans.add(value);
            return JAVA_BSR.applyAsInt(value);
        });
        scans.clear();
        q.highestPriority();
        o.see("BSR calls (their arguments) during highestPriority() of an empty queue", List.copyOf(scans));
        q.enqueue(task(o, 1, 8));
        q.enqueue(task(o, 2, 16));
        q.enqueue(task(o, 3, 31));
        scans.clear();
        q.highestPriority();
        o.see("BSR calls (their arguments) during highestPriority() with priorities 8, 16 and 31 ready",
            List.copyOf(scans));
    }

    /** The highest ready priority, or -1 when nothing is ready, as tasks come and go. */
    private static void highest(Observer o, ReadyQueue q) {
        o.see("highestPriority() of an empty queue", q.highestPriority());
        Task low = task(o, 1, 1);
        Task normal = task(o, 2, 8);
        Task high = task(o, 3, 16);
        Task realtime = task(o, 4, 31);
        q.enqueue(low);
        o.see("highestPriority() with priority 1 ready", q.highestPriority());
        q.enqueue(normal);
        q.enqueue(realtime);
        q.enqueue(high);
        o.see("highestPriority() with 1, 8, 31 and 16 ready", q.highestPriority());
        take(q, 31);
        o.see("highestPriority() after the priority-31 task was dequeued", q.highestPriority());
        take(q, 16);
        o.see("highestPriority() after the priority-16 task was dequeued", q.highestPriority());
        block(q, normal);
        o.see("highestPriority() after the priority-8 task was removed", q.highestPriority());
        take(q, 1);
        o.see("highestPriority() after the last task was dequeued", q.highestPriority());
    }

    /**
     * A task leaves from anywhere in its list; a task in no list (running, blocked) is left alone. A
     * waiting task leaves because it blocks, so it is BLOCKED when it goes, as in the kernel.
     */
    private static void removeFromTheMiddle(Observer o, ReadyQueue q) {
        Task a = task(o, 1, 8);
        Task b = task(o, 2, 8);
        Task c = task(o, 3, 8);
        Task d = task(o, 4, 8);
        q.enqueue(a);
        q.enqueue(b);
        q.enqueue(c);
        q.enqueue(d);
        block(q, b);
        o.see("tasksAt(8) after removing t2 from t1, t2, t3, t4", q.tasksAt(8));
        block(q, a);
        block(q, d);
        o.see("tasksAt(8) after also removing the first and the last", q.tasksAt(8));
        Task running = task(o, 5, 8);
        q.enqueue(running);
        take(q, 8);
        o.see("the second dequeue(8) after the removals (the tasks left come out in order)", take(q, 8));
        Task blocked = task(o, 6, 8);
        blocked.setState(TaskState.BLOCKED);
        q.enqueue(a);
        q.remove(running);
        q.remove(blocked);
        o.see("tasksAt(8) after remove() of a running and a blocked task that wait in no list (they must be left"
            + " alone)", q.tasksAt(8));
        block(q, a);
        o.see("tasksAt(8) after removing its only task", q.tasksAt(8));
        o.seeBitmap("prioBitmap after removing the only task", q.prioBitmap());
    }
}
