package eduscc.exercises.pagefaults;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.mm.PageFaultPlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the page-faults grader ({@link ChildRun}): the resolver under test becomes the
 * page-fault plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            ResolverUnderTest resolvers = new ResolverUnderTest(className);
            PageFaultPlugins.register(PageFaultsExercise.PLUGIN, resolvers);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return PageFaultsExercise.checks(resolvers, PageFaultsExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return PageFaultPlugins.get(PageFaultsExercise.PLUGIN) == resolvers ? null
                        : "your code replaced the page-fault plug-in '" + PageFaultsExercise.PLUGIN + "', so that"
                            + " the labs would not run with it";
                }

                @Override
                public String kitUse() {
                    return resolvers.kitUse();
                }
            };
        });
    }
}
