package eduscc.exercises.idtgates;

import eduscc.exercises.grading.PluginClass;
import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.GateEncoder;
import eduscc.kernel.arch.GatePlugins;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The child JVM of the IDT gates grader ({@link ChildRun}): the encoder under test becomes the
 * gate plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            PluginClass<GateEncoder> encoder = IdtGatesExercise.underTest(className);
            Supplier<GateEncoder> encoders = encoder::create;
            GatePlugins.register(IdtGatesExercise.PLUGIN, encoders);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return IdtGatesExercise.checks(encoders);
                }

                @Override
                public String replaced() {
                    return GatePlugins.get(IdtGatesExercise.PLUGIN) == encoders ? null
                        : "your code replaced the IDT gates plug-in '" + IdtGatesExercise.PLUGIN + "', so that the labs"
                            + " would not run with it";
                }

                @Override
                public String kitUse() {
                    return encoder.kitUse();
                }
            };
        });
    }
}
