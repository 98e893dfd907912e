package eduscc.exercises.pageframes;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.mm.PageFramePlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the page-frames grader ({@link ChildRun}): the allocator under test becomes the
 * page-frame plug-in {@code "student"}, and the exercise's checks run on it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            PageFramesUnderTest allocators = new PageFramesUnderTest(className);
            PageFramePlugins.register(PageFramesExercise.PLUGIN, allocators);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return PageFramesExercise.checks(allocators, PageFramesExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return PageFramePlugins.get(PageFramesExercise.PLUGIN) == allocators ? null
                        : "your code replaced the page-frame plug-in '" + PageFramesExercise.PLUGIN + "', so that"
                            + " the lab would not run with it";
                }

                @Override
                public String kitUse() {
                    return allocators.kitUse();
                }
            };
        });
    }
}
