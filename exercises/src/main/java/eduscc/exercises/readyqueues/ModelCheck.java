package eduscc.exercises.readyqueues;

import eduscc.exercises.grading.CheckFailed;
import eduscc.exercises.grading.Expect;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * A long, seeded run of enqueue, dequeue and remove against a model that is obviously right (one
 * {@link ArrayDeque} per priority, the bitmap recomputed from scratch), comparing everything the
 * queue shows after every operation. The seed is fixed, so the sequence, and a failure's
 * operation number, are the same on every run. Tasks change state as the scheduler changes them:
 * a dequeued task runs, a removed one has just blocked (its state changes before the removal).
 */
final class ModelCheck {
    static final int OPERATIONS = 2000;
    static final long SEED = 2012;
    /** Few priorities, many tasks: lists grow long and empty often. */
    private static final int[] PRIORITIES = {1, 2, 8, 8, 16, 30, 31};
    private static final int TASKS = 40;

    private final ReadyQueue queue;
    private final List<Deque<Task>> model = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final Random random;

    private ModelCheck(ReadyQueue queue, long seed) {
        this.queue = queue;
        this.random = new Random(seed);
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            model.add(new ArrayDeque<>());
        }
        for (int id = 1; id <= TASKS; id++) {
            tasks.add(QueueChecks.task(id, PRIORITIES[random.nextInt(PRIORITIES.length)]));
        }
    }

    static void run(ReadyQueueFactory queues, int operations, long seed) {
        new ModelCheck(queues.create(QueueChecks.JAVA_BSR), seed).run(operations);
    }

    private void run(int operations) {
        for (int n = 1; n <= operations; n++) {
            String op = step();
            compare("operation " + n + " of " + operations + " (" + op + ")");
        }
    }

    /** One random operation on both the queue and the model; returns what it did. */
    private String step() {
        Task t = tasks.get(random.nextInt(tasks.size()));
        int choice = random.nextInt(10);
        if (choice < 5) {
            if (model.get(t.priority()).contains(t)) {
                return "nothing: " + t.name() + " already waits";
            }
            queue.enqueue(t);
            model.get(t.priority()).addLast(t);
            return "enqueue " + t.name() + " prio " + t.priority();
        }
        if (choice < 8) {
            int prio = random.nextInt(8) == 0 ? random.nextInt(Priority.MAX_PRIO) : t.priority();
            Task got = queue.dequeue(prio);
            Task expected = model.get(prio).pollFirst();
            Expect.equal(name(expected), name(got), "dequeue(" + prio + ")");
            if (got != null) {
                got.setState(TaskState.RUNNING);
            }
            return "dequeue(" + prio + ") gave " + name(got);
        }
        boolean waits = model.get(t.priority()).remove(t);
        t.setState(TaskState.BLOCKED);
        queue.remove(t);
        return "remove " + t.name() + (waits ? " from the list of priority " + t.priority() : ", which waits in no list");
    }

    private void compare(String after) {
        int expectedBitmap = 0;
        for (int prio = 1; prio < Priority.MAX_PRIO; prio++) {
            if (!model.get(prio).isEmpty()) {
                expectedBitmap |= 1 << prio;
            }
        }
        int bitmap = queue.prioBitmap();
        if (bitmap != expectedBitmap) {
            throw new CheckFailed("after " + after + ": prioBitmap should be " + Expect.hex(expectedBitmap) + ", was "
                + Expect.hex(bitmap));
        }
        int highest = expectedBitmap == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(expectedBitmap);
        Expect.equal(highest, queue.highestPriority(), "after " + after + ": highestPriority()");
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            List<String> expected = model.get(prio).stream().map(Task::name).toList();
            List<String> actual = queue.tasksAt(prio).stream().map(Task::name).toList();
            Expect.equal(expected, actual, "after " + after + ": tasksAt(" + prio + ")");
        }
    }

    private static String name(Task t) {
        return t == null ? "null" : t.name();
    }
}
