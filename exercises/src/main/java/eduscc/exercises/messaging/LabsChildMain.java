package eduscc.exercises.messaging;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.ipc.MessagePassingFactory;
import eduscc.kernel.ipc.MessagingPlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM that runs the labs of {@link MessagingLabs} with the class under test as the
 * messaging plug-in {@code "student"}, as {@link ChildMain} runs the checks.
 */
public final class LabsChildMain {
    private LabsChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            Submission submission = new Submission(className);
            MessagePassingFactory plugin = submission.whole();
            MessagingPlugins.register(MessagingExercise.PLUGIN, plugin);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return MessagingLabs.checks(MessagingExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return MessagingPlugins.get(MessagingExercise.PLUGIN) == plugin ? null
                        : "your code replaced the messaging plug-in '" + MessagingExercise.PLUGIN + "'";
                }

                @Override
                public String kitUse() {
                    return submission.kitUse();
                }
            };
        });
    }
}
