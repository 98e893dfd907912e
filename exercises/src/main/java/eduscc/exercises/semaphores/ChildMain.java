package eduscc.exercises.semaphores;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sync.SemaphorePlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the semaphores grader ({@link ChildRun}): the class under test becomes the
 * semaphore plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            WaitAndPostUnderTest semaphores = new WaitAndPostUnderTest(className);
            SemaphorePlugins.register(SemaphoresExercise.PLUGIN, semaphores);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return SemaphoresExercise.checks(semaphores, SemaphoresExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return SemaphorePlugins.get(SemaphoresExercise.PLUGIN) == semaphores ? null
                        : "your code replaced the semaphore plug-in '" + SemaphoresExercise.PLUGIN + "', so that"
                            + " the lab would not run with it";
                }

                @Override
                public String kitUse() {
                    return semaphores.kitUse();
                }
            };
        });
    }
}
