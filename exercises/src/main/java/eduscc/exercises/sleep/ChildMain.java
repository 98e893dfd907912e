package eduscc.exercises.sleep;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sched.SleepPlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the sleep grader ({@link ChildRun}): the timer list under test becomes the
 * sleep plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            TimerListUnderTest timers = new TimerListUnderTest(className);
            SleepPlugins.register(SleepExercise.PLUGIN, timers);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return SleepExercise.checks(timers, SleepExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return SleepPlugins.get(SleepExercise.PLUGIN) == timers ? null
                        : "your code replaced the sleep plug-in '" + SleepExercise.PLUGIN + "', so that"
                            + " the lab would not run with it";
                }

                @Override
                public String kitUse() {
                    return timers.kitUse();
                }
            };
        });
    }
}
