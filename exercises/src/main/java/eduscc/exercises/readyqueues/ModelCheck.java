package eduscc.exercises.readyqueues;

import eduscc.exercises.observing.Observer;
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
 * A long, seeded run of enqueue and dequeue, recording everything the queue holds after every
 * operation: the bitmap and every list. The grader compares that with the kit's queue on the same
 * run. A model that is obviously right (one {@link ArrayDeque} per priority) decides which
 * operations are legal, so that the run never asks for what the contract forbids (enqueueing a
 * task twice). The seed is fixed, so the sequence, and a failure's operation number, are the same
 * on every run. Tasks change state as the scheduler changes them: a dequeued task runs.
 *
 * <p>What other checks judge stays out, so that their mistakes cost their points alone: there is
 * no remove (a wrong one would leave every later list wrong; the remove check has it), and the
 * answer of {@code highestPriority()} is not looked at (the highest-priority check's).
 */
final class ModelCheck {
    static final int OPERATIONS = 2000;
    static final long SEED = 2012;
    /** Few priorities, many tasks: lists grow long and empty often. */
    private static final int[] PRIORITIES = {1, 2, 8, 8, 16, 30, 31};
    private static final int TASKS = 40;

    private final Observer o;
    private final ReadyQueue queue;
    private final List<Deque<Task>> model = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final Random random;

    private ModelCheck(Observer o, ReadyQueue queue, long seed) {
        this.o = o;
        this.queue = queue;
        this.random = new Random(seed);
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            model.add(new ArrayDeque<>());
        }
        for (int id = 1; id <= TASKS; id++) {
            tasks.add(QueueChecks.task(o, id, PRIORITIES[random.nextInt(PRIORITIES.length)]));
        }
    }

    static void run(Observer o, ReadyQueueFactory queues, int operations, long seed) {
        new ModelCheck(o, queues.create(QueueChecks.JAVA_BSR), seed).run(operations);
    }

    private void run(int operations) {
        for (int n = 1; n <= operations; n++) {
            String op = step("operation " + n + " of " + operations);
            look("after operation " + n + " of " + operations + " (" + op + ")");
        }
    }

    /** One random operation on both the queue and the model; returns what it did. */
    private String step(String which) {
        Task t = tasks.get(random.nextInt(tasks.size()));
        if (random.nextInt(2) == 0) {
            if (model.get(t.priority()).contains(t)) {
                return "nothing: " + t.name() + " already waits";
            }
            queue.enqueue(t);
            model.get(t.priority()).addLast(t);
            return "enqueue " + t.name() + " prio " + t.priority();
        }
        int prio = random.nextInt(8) == 0 ? random.nextInt(Priority.MAX_PRIO) : t.priority();
        Task got = queue.dequeue(prio);
        model.get(prio).pollFirst();
        o.see(which + ": dequeue(" + prio + ")", got);
        if (got != null) {
            got.setState(TaskState.RUNNING);
        }
        return "dequeue(" + prio + ") gave " + o.show(got);
    }

    /** What the queue holds: its bitmap and its non-empty lists. */
    private void look(String after) {
        o.seeBitmap(after + ": prioBitmap", queue.prioBitmap());
        StringBuilder lists = new StringBuilder();
        for (int prio = 0; prio < Priority.MAX_PRIO; prio++) {
            List<Task> waiting = queue.tasksAt(prio);
            if (!waiting.isEmpty()) {
                lists.append(lists.isEmpty() ? "" : " ").append(prio).append(": ").append(o.show(waiting));
            }
        }
        o.see(after + ": tasksAt(0..31), the non-empty lists", lists.isEmpty() ? "none" : lists.toString());
    }
}
