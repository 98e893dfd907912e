package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskList;
import eduscc.kernel.sched.TaskState;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A student's queue with the classic bug and nothing else wrong: {@link #dequeue} takes the task
 * but forgets to clear the bit when the list runs empty. With {@code loopInsteadOfBsr} it has a
 * second, unrelated mistake instead: it finds the highest priority by walking the lists. The grader
 * loads a queue by class name through a constructor {@code (IntUnaryOperator bsr)}: {@link Bit} and
 * {@link Loop} are the two mistakes as such classes.
 */
class ForgetsTheBit implements ReadyQueue {
    /** Forgets to clear the bit when dequeue empties a list. */
    static final class Bit extends ForgetsTheBit {
        Bit(IntUnaryOperator bsr) {
            super(bsr, true, false);
        }
    }

    /** Walks the lists instead of one BSR. */
    static final class Loop extends ForgetsTheBit {
        Loop(IntUnaryOperator bsr) {
            super(bsr, false, true);
        }
    }

    private final TaskList[] queue = new TaskList[Priority.MAX_PRIO];
    private final IntUnaryOperator bsr;
    private final boolean forgetBit;
    private final boolean loopInsteadOfBsr;
    private int prioBitmap;

    ForgetsTheBit(IntUnaryOperator bsr, boolean forgetBit, boolean loopInsteadOfBsr) {
        this.bsr = bsr;
        this.forgetBit = forgetBit;
        this.loopInsteadOfBsr = loopInsteadOfBsr;
        for (int prio = Priority.LOW; prio < Priority.MAX_PRIO; prio++) {
            queue[prio] = new TaskList();
        }
    }

    @Override
    public void enqueue(Task t) {
        if (t.priority() == Priority.IDLE) {
            throw new IllegalArgumentException("idle");
        }
        queue[t.priority()].append(t);
        t.setState(TaskState.READY);
        prioBitmap |= 1 << t.priority();
    }

    @Override
    public void remove(Task t) {
        if (!queue[t.priority()].toList().contains(t)) {
            return;
        }
        queue[t.priority()].remove(t);
        if (queue[t.priority()].isEmpty()) {
            prioBitmap &= ~(1 << t.priority());
        }
    }

    @Override
    public Task dequeue(int priority) {
        Priority.check(priority);
        if (priority == Priority.IDLE) {
            return null;
        }
        Task first = queue[priority].removeFirst();
        if (!forgetBit && queue[priority].isEmpty()) {
            prioBitmap &= ~(1 << priority);
        }
        return first;
    }

    @Override
    public int highestPriority() {
        if (loopInsteadOfBsr) {
            for (int prio = Priority.MAX_PRIO - 1; prio > 0; prio--) {
                if ((prioBitmap & 1 << prio) != 0) {
                    return prio;
                }
            }
            return -1;
        }
        return bsr.applyAsInt(prioBitmap);
    }

    @Override
    public int prioBitmap() {
        return prioBitmap;
    }

    @Override
    public List<Task> tasksAt(int priority) {
        Priority.check(priority);
        return priority == Priority.IDLE ? List.of() : queue[priority].toList();
    }
}
