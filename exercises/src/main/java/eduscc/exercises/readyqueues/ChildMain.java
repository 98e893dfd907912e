package eduscc.exercises.readyqueues;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sched.ReadyQueuePlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the ready-queues grader ({@link ChildRun}): the class under test becomes the
 * ready-queue plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            QueueUnderTest queues = new QueueUnderTest(className);
            ReadyQueuePlugins.register(ReadyQueuesExercise.PLUGIN, queues);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return ReadyQueuesExercise.checks(queues, ReadyQueuesExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return ReadyQueuePlugins.get(ReadyQueuesExercise.PLUGIN) == queues ? null
                        : "your code replaced the ready-queue plug-in '" + ReadyQueuesExercise.PLUGIN + "', so that"
                            + " the lab would not run with it";
                }

                @Override
                public String kitUse() {
                    return queues.kitUse();
                }
            };
        });
    }
}
