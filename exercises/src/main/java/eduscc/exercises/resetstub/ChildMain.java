package eduscc.exercises.resetstub;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the reset-stub grader ({@link ChildRun}): the stub under test is assembled and
 * run on a core, and the exercise's checks look at the state it reached. Assembly code cannot
 * replace a plug-in or call the kit's answer, so there is nothing of that kind to report.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, stub -> {
            StubUnderTest run = new StubUnderTest(stub);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return ResetStubExercise.checks(run);
                }

                @Override
                public String replaced() {
                    return null;
                }

                @Override
                public String kitUse() {
                    return null;
                }
            };
        });
    }
}
