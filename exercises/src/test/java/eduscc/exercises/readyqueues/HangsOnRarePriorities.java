package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Task;
import java.util.function.IntUnaryOperator;

/**
 * A correct queue that never returns from enqueueing a task of priority 2 or 30, which only the
 * model check's random run uses: one check hangs, the others must still be graded.
 */
final class HangsOnRarePriorities extends SolvedReadyQueues {
    HangsOnRarePriorities(IntUnaryOperator bsr) {
        super(bsr);
    }

    @Override
    public void enqueue(Task t) {
        while (t.priority() == 2 || t.priority() == 30) {
            Thread.onSpinWait();
        }
        super.enqueue(t);
    }
}
