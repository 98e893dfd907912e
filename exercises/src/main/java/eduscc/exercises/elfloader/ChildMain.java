package eduscc.exercises.elfloader;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.mm.ElfLoaderPlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the ELF-loader grader ({@link ChildRun}): the loader under test becomes the
 * ELF-loader plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            LoaderUnderTest loaders = new LoaderUnderTest(className);
            ElfLoaderPlugins.register(ElfLoaderExercise.PLUGIN, loaders);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return ElfLoaderExercise.checks(loaders, ElfLoaderExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return ElfLoaderPlugins.get(ElfLoaderExercise.PLUGIN) == loaders ? null
                        : "your code replaced the ELF-loader plug-in '" + ElfLoaderExercise.PLUGIN + "', so that"
                            + " the lab would not run with it";
                }

                @Override
                public String kitUse() {
                    return loaders.kitUse();
                }
            };
        });
    }
}
