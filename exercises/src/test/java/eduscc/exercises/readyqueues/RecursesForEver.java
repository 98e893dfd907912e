package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Task;
import java.util.function.IntUnaryOperator;

/** A correct queue but for remove, which calls itself until the stack overflows. */
final class RecursesForEver extends SolvedReadyQueues {
    RecursesForEver(IntUnaryOperator bsr) {
        super(bsr);
    }

    @Override
    public void remove(Task t) {
        remove(t);
    }
}
