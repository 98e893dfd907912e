package eduscc.exercises.readyqueues;

import static eduscc.exercises.grading.Expect.bitmap;
import static eduscc.exercises.grading.Expect.equal;
import static eduscc.exercises.grading.Expect.that;
import static eduscc.exercises.grading.Expect.throwsA;

import eduscc.exercises.grading.Check;
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
 * scheduler takes from a list becomes RUNNING, a task that blocks becomes BLOCKED.
 */
final class QueueChecks {
    /** Bit-scan-reverse in plain Java, for checks that do not count scans. */
    static final IntUnaryOperator JAVA_BSR = v -> v == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(v);

    private QueueChecks() {
    }

    static List<Check> all(ReadyQueueFactory queues) {
        return List.of(
            new Check("FIFO order within a priority", 10, () -> fifo(queues.create(JAVA_BSR))),
            new Check("bitmap set and clear", 20, () -> bitmapSetAndClear(queues.create(JAVA_BSR))),
            new Check("msb uses one BSR", 10, () -> oneBsr(queues)),
            new Check("highest priority", 15, () -> highest(queues.create(JAVA_BSR))),
            new Check("remove from the middle", 10, () -> removeFromTheMiddle(queues.create(JAVA_BSR))));
    }

    static Task task(int id, int priority) {
        return new Task(id, "t" + id, priority, false, 0);
    }

    /** What the scheduler does with the task it takes: it runs. */
    private static Task take(ReadyQueue q, int priority) {
        Task t = q.dequeue(priority);
        if (t != null) {
            t.setState(TaskState.RUNNING);
        }
        return t;
    }

    private static void fifo(ReadyQueue q) {
        Task a = task(1, 8);
        Task b = task(2, 8);
        Task c = task(3, 8);
        q.enqueue(a);
        q.enqueue(b);
        q.enqueue(c);
        equal(TaskState.READY, a.state(), "state of a task after enqueue");
        equal(List.of(a, b, c), q.tasksAt(8), "tasksAt(8) after enqueueing t1, t2, t3");
        equal(a, take(q, 8), "first dequeue(8) after enqueueing t1, t2, t3");
        q.enqueue(a);
        equal(b, take(q, 8), "dequeue(8) after t1 went back to the tail");
        equal(c, take(q, 8), "next dequeue(8)");
        equal(a, take(q, 8), "next dequeue(8)");
        equal(null, q.dequeue(8), "dequeue(8) of an empty list");
        q.enqueue(b);
        throwsA(IllegalStateException.class, () -> q.enqueue(b), "enqueueing a task that already waits");
    }

    private static void bitmapSetAndClear(ReadyQueue q) {
        bitmap(0, q.prioBitmap(), "prioBitmap of an empty queue");
        Task normal1 = task(1, 8);
        Task normal2 = task(2, 8);
        Task realtime = task(3, 31);
        Task low = task(4, 1);
        q.enqueue(normal1);
        bitmap(1 << 8, q.prioBitmap(), "prioBitmap after enqueueing a priority-8 task");
        q.enqueue(realtime);
        q.enqueue(normal2);
        bitmap(1 << 31 | 1 << 8, q.prioBitmap(), "prioBitmap after adding priorities 31 and 8 (bit 31 is the sign bit)");
        take(q, 8);
        bitmap(1 << 31 | 1 << 8, q.prioBitmap(), "prioBitmap after dequeue(8) while one priority-8 task still waits");
        take(q, 8);
        bitmap(1 << 31, q.prioBitmap(), "prioBitmap after dequeue(8) took the last priority-8 task");
        realtime.setState(TaskState.BLOCKED);
        q.remove(realtime);
        bitmap(0, q.prioBitmap(), "prioBitmap after removing the only priority-31 task");
        q.enqueue(low);
        bitmap(1 << 1, q.prioBitmap(), "prioBitmap after enqueueing a priority-1 task (bit 0 belongs to idle)");
        throwsA(IllegalArgumentException.class, () -> q.enqueue(new Task(9, "idle", 0, false, 0)),
            "enqueueing the idle task (priority 0)");
        bitmap(1 << 1, q.prioBitmap(), "prioBitmap after refusing the idle task");
    }

    /** highestPriority asks the core's BSR once, about the bitmap, and answers what BSR said. */
    private static void oneBsr(ReadyQueueFactory queues) {
        List<Integer> scans = new ArrayList<>();
        ReadyQueue q = queues.create(value -> {
            scans.add(value);
            return JAVA_BSR.applyAsInt(value);
        });
        scans.clear();
        equal(-1, q.highestPriority(), "highestPriority() of an empty queue");
        equal(List.of(0), scans, "BSR calls (their arguments) during highestPriority() of an empty queue");
        q.enqueue(task(1, 8));
        q.enqueue(task(2, 16));
        q.enqueue(task(3, 31));
        scans.clear();
        equal(31, q.highestPriority(), "highestPriority() with priorities 8, 16 and 31 ready");
        equal(List.of(1 << 31 | 1 << 16 | 1 << 8), scans, "BSR calls (their arguments) during highestPriority()");
    }

    private static void highest(ReadyQueue q) {
        equal(-1, q.highestPriority(), "highestPriority() of an empty queue");
        Task low = task(1, 1);
        Task normal = task(2, 8);
        Task high = task(3, 16);
        Task realtime = task(4, 31);
        q.enqueue(low);
        equal(1, q.highestPriority(), "highestPriority() with priority 1 ready");
        q.enqueue(normal);
        q.enqueue(realtime);
        q.enqueue(high);
        equal(31, q.highestPriority(), "highestPriority() with 1, 8, 31 and 16 ready");
        take(q, 31);
        equal(16, q.highestPriority(), "highestPriority() after the priority-31 task was dequeued");
        take(q, 16);
        equal(8, q.highestPriority(), "highestPriority() after the priority-16 task was dequeued");
        normal.setState(TaskState.BLOCKED);
        q.remove(normal);
        equal(1, q.highestPriority(), "highestPriority() after the priority-8 task was removed");
        take(q, 1);
        equal(-1, q.highestPriority(), "highestPriority() after the last task was dequeued");
    }

    private static void removeFromTheMiddle(ReadyQueue q) {
        Task a = task(1, 8);
        Task b = task(2, 8);
        Task c = task(3, 8);
        Task d = task(4, 8);
        q.enqueue(a);
        q.enqueue(b);
        q.enqueue(c);
        q.enqueue(d);
        q.remove(b);
        equal(List.of(a, c, d), q.tasksAt(8), "tasksAt(8) after removing t2 from t1, t2, t3, t4");
        q.remove(a);
        q.remove(d);
        equal(List.of(c), q.tasksAt(8), "tasksAt(8) after also removing the first and the last");
        Task running = task(5, 8);
        q.enqueue(running);
        take(q, 8);
        Task running2 = take(q, 8);
        that(running2 == running, "the tasks left in the list come out in order after the removals: expected t5 second,"
            + " got " + running2);
        Task blocked = task(6, 8);
        blocked.setState(TaskState.BLOCKED);
        q.enqueue(a);
        q.remove(running);
        q.remove(blocked);
        equal(List.of(a), q.tasksAt(8), "tasksAt(8) after remove() of a running and a blocked task that wait in no"
            + " list (they must be left alone)");
        q.remove(a);
        equal(List.of(), q.tasksAt(8), "tasksAt(8) after removing its only task");
        bitmap(0, q.prioBitmap(), "prioBitmap after removing the only task");
    }
}
