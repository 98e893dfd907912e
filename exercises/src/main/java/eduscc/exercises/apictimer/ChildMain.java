package eduscc.exercises.apictimer;

import eduscc.exercises.grading.PluginClass;
import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.arch.ApicTimerSetup;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The child JVM of the APIC timer grader ({@link ChildRun}): the set-up under test becomes the
 * APIC timer plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            PluginClass<ApicTimerSetup> setup = ApicTimerExercise.underTest(className);
            Supplier<ApicTimerSetup> setups = setup::create;
            ApicTimerPlugins.register(ApicTimerExercise.PLUGIN, setups);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return ApicTimerExercise.checks(setups, ApicTimerExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return ApicTimerPlugins.get(ApicTimerExercise.PLUGIN) == setups ? null
                        : "your code replaced the APIC timer plug-in '" + ApicTimerExercise.PLUGIN + "', so that the"
                            + " labs would not run with it";
                }

                @Override
                public String kitUse() {
                    return setup.kitUse();
                }
            };
        });
    }
}
