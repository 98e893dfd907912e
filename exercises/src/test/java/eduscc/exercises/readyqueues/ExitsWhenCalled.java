package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Task;
import java.util.function.IntUnaryOperator;

/** Hostile: ends the JVM with exit code 0 at its first enqueue, hoping the grade reads as a pass. */
final class ExitsWhenCalled extends SolvedReadyQueues {
    ExitsWhenCalled(IntUnaryOperator bsr) {
        super(bsr);
    }

    @Override
    public void enqueue(Task t) {
        System.exit(0);
    }
}
