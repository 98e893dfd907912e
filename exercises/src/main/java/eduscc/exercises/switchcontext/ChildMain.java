package eduscc.exercises.switchcontext;

import eduscc.exercises.grading.PluginClass;
import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.kernel.sched.SwitchContextParts;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The child JVM of the software switch grader ({@link ChildRun}): the code under test becomes the
 * context-switch plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            PluginClass<SwitchContextParts> code = SwitchContextExercise.underTest(className);
            Supplier<SwitchContextParts> parts = code::create;
            SwitchContextPlugins.register(SwitchContextExercise.PLUGIN, parts);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return SwitchContextExercise.checks(parts, SwitchContextExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return SwitchContextPlugins.get(SwitchContextExercise.PLUGIN) == parts ? null
                        : "your code replaced the context-switch plug-in '" + SwitchContextExercise.PLUGIN + "', so that the"
                            + " labs would not run with it";
                }

                @Override
                public String kitUse() {
                    return code.kitUse();
                }
            };
        });
    }
}
