package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Task;
import java.util.function.IntUnaryOperator;

/** Hostile: a correct queue that starts 20 threads spinning for ever on every enqueue. */
final class ThreadBomb extends SolvedReadyQueues {
    ThreadBomb(IntUnaryOperator bsr) {
        super(bsr);
    }

    @Override
    public void enqueue(Task t) {
        for (int i = 0; i < 20; i++) {
            Thread spinner = new Thread(() -> {
                while (true) {
                    Thread.onSpinWait();
                }
            });
            spinner.start();
        }
        super.enqueue(t);
    }
}
