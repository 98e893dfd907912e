package eduscc.exercises.messaging;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.ipc.MessagePassingFactory;
import eduscc.kernel.ipc.MessagingPlugins;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The child JVM of the messaging grader ({@link ChildRun}): the class under test becomes the
 * messaging plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        run(args, MessagingExercise::checks);
    }

    /**
     * Registers the class under test as the plug-in and runs {@code checks} on it: the exercise's
     * checks here, the labs of {@link MessagingLabs} in {@link LabsChildMain}.
     */
    static void run(String[] args, Function<Submission, List<ObservedCheck>> checks) throws IOException {
        ChildRun.run(args, className -> {
            Submission submission = new Submission(className);
            MessagePassingFactory plugin = submission.whole();
            MessagingPlugins.register(MessagingExercise.PLUGIN, plugin);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return checks.apply(submission);
                }

                @Override
                public String replaced() {
                    return MessagingPlugins.get(MessagingExercise.PLUGIN) == plugin ? null
                        : "your code replaced the messaging plug-in '" + MessagingExercise.PLUGIN + "', so that"
                            + " the labs would not run with it";
                }

                @Override
                public String kitUse() {
                    return submission.kitUse();
                }
            };
        });
    }
}
