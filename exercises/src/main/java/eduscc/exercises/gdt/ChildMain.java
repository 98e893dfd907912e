package eduscc.exercises.gdt;

import eduscc.exercises.grading.PluginClass;
import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.GdtEncoder;
import eduscc.kernel.arch.GdtPlugins;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The child JVM of the GDT grader ({@link ChildRun}): the encoder under test becomes the GDT
 * plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            PluginClass<GdtEncoder> encoder = GdtExercise.underTest(className);
            Supplier<GdtEncoder> encoders = encoder::create;
            GdtPlugins.register(GdtExercise.PLUGIN, encoders);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return GdtExercise.checks(encoders);
                }

                @Override
                public String replaced() {
                    return GdtPlugins.get(GdtExercise.PLUGIN) == encoders ? null
                        : "your code replaced the GDT plug-in '" + GdtExercise.PLUGIN + "', so that the labs would not"
                            + " run with it";
                }

                @Override
                public String kitUse() {
                    return encoder.kitUse();
                }
            };
        });
    }
}
