package eduscc.exercises.messaging;

import java.io.IOException;

/**
 * The child JVM that runs the labs of {@link MessagingLabs} with the class under test as the
 * messaging plug-in {@code "student"}, as {@link ChildMain} runs the checks.
 */
public final class LabsChildMain {
    private LabsChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildMain.run(args, submission -> MessagingLabs.checks(MessagingExercise.PLUGIN));
    }
}
