package eduscc.exercises.hypercalls;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.lguest.HypercallPlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the hypercalls grader ({@link ChildRun}): the dispatcher under test becomes the
 * hypercall plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            DispatcherUnderTest dispatchers = new DispatcherUnderTest(className);
            HypercallPlugins.register(HypercallsExercise.PLUGIN, dispatchers);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return HypercallsExercise.checks(dispatchers, HypercallsExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return HypercallPlugins.get(HypercallsExercise.PLUGIN) == dispatchers ? null
                        : "your code replaced the hypercall plug-in '" + HypercallsExercise.PLUGIN + "', so that"
                            + " the labs would not run with it";
                }

                @Override
                public String kitUse() {
                    return dispatchers.kitUse();
                }
            };
        });
    }
}
