package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Task;
import java.util.function.IntUnaryOperator;

/** A wrong queue: dequeue hands back a look-alike of the task instead of the task. */
final class HandsBackCopies extends SolvedReadyQueues {
    HandsBackCopies(IntUnaryOperator bsr) {
        super(bsr);
    }

    @Override
    public Task dequeue(int priority) {
        Task t = super.dequeue(priority);
        return t == null ? null : new Task(t.id(), t.name(), t.priority(), t.isUser(), t.coreId());
    }
}
