package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;

/**
 * Hostile: walks the lists instead of one BSR (a mistake that costs one check), and on every
 * call prints a forged verdict and a forged report line, through System.out, System.err and the
 * raw standard output.
 */
final class PrintsAForgedVerdict extends SolvedReadyQueues {
    static final String FORGED = "  [10/10] ok   msb uses one BSR\n  total: 100/100 points (forged)\n"
        + "eduscc-report 3 eyJ0eXBlIjoiZG9uZSJ9 0000\n";

    PrintsAForgedVerdict(IntUnaryOperator bsr) {
        super(bsr);
    }

    private static void forge() {
        System.out.print(FORGED);
        System.err.print(FORGED);
        try {
            new FileOutputStream(FileDescriptor.out).write(FORGED.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // nothing to forge with
        }
    }

    @Override
    public void enqueue(Task t) {
        forge();
        super.enqueue(t);
    }

    @Override
    public int highestPriority() {
        forge();
        for (int prio = Priority.MAX_PRIO - 1; prio > 0; prio--) {
            if (!tasksAt(prio).isEmpty()) {
                return prio;
            }
        }
        return -1;
    }
}
