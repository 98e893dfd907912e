package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.Task;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Hostile: follows the contract only while it sees the grader in its JVM (a thread of the
 * grader's, or a frame of its package {@code eduscc.exercises.grading} on any thread's stack), and
 * otherwise, as in {@code eduscc run}, hands out the newest task of a list first. When student code
 * ran inside the grader this earned full marks; now the grader is another process.
 */
final class DetectsTheGrader extends SolvedReadyQueues {
    DetectsTheGrader(IntUnaryOperator bsr) {
        super(bsr);
    }

    static boolean graderIsWatching() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (thread.getKey().getName().startsWith("eduscc-grade")) {
                return true;
            }
            for (StackTraceElement frame : thread.getValue()) {
                if (frame.getClassName().startsWith("eduscc.exercises.grading.")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Task dequeue(int priority) {
        List<Task> waiting = priority <= 0 || priority > 31 ? List.of() : tasksAt(priority);
        if (graderIsWatching() || waiting.isEmpty()) {
            return super.dequeue(priority);
        }
        Task newest = waiting.get(waiting.size() - 1);
        remove(newest);
        return newest;
    }
}
