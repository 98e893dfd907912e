package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskTable;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The queue under test as the lab check runs it: its own lists, its own enqueue, dequeue and
 * remove, but the bitmap and the highest priority the kit's answers for those lists. The bitmap
 * and the answer of {@code highestPriority()} are what the bitmap, BSR and highest-priority checks
 * judge; with the kit's here, their mistakes cost their own points alone, and the lab judges what
 * only a running kernel shows: the lists as the scheduler fills and empties them (a preempted task
 * goes back READY, after the switch).
 *
 * <p>{@code highestPriority()} still runs the code under test, so the scheduler's decision costs
 * the BSR it costs; its answer is then replaced. Replacing costs the core nothing: the lists are
 * read as the debugger reads them.
 */
final class KitAnswers implements ReadyQueue {
    private final ReadyQueue graded;

    private KitAnswers(ReadyQueue graded) {
        this.graded = graded;
    }

    /** Makes the queue under test as {@code graded} makes it, wrapped. */
    static ReadyQueueFactory around(ReadyQueueFactory graded) {
        return new ReadyQueueFactory() {
            @Override
            public ReadyQueue create(IntUnaryOperator bsr) {
                return new KitAnswers(graded.create(bsr));
            }

            @Override
            public ReadyQueue create(IntUnaryOperator bsr, KernelData data, int address, TaskTable table) {
                return new KitAnswers(graded.create(bsr, data, address, table));
            }
        };
    }

    @Override
    public void enqueue(Task t) {
        graded.enqueue(t);
    }

    @Override
    public void remove(Task t) {
        graded.remove(t);
    }

    @Override
    public Task dequeue(int priority) {
        return graded.dequeue(priority);
    }

    /** The queue's own code runs (and scans); the answer is msb of the bitmap of its lists, or -1. */
    @Override
    public int highestPriority() {
        graded.highestPriority();
        return QueueChecks.JAVA_BSR.applyAsInt(prioBitmap());
    }

    /** Bit p set exactly when the queue's list p holds a task. */
    @Override
    public int prioBitmap() {
        int bitmap = 0;
        for (int prio = Priority.LOW; prio < Priority.MAX_PRIO; prio++) {
            if (!graded.tasksAt(prio).isEmpty()) {
                bitmap |= 1 << prio;
            }
        }
        return bitmap;
    }

    @Override
    public List<Task> tasksAt(int priority) {
        return graded.tasksAt(priority);
    }
}
