package eduscc.exercises.syscall;

import eduscc.exercises.observing.ChildRun;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sys.SyscallPlugins;
import java.io.IOException;
import java.util.List;

/**
 * The child JVM of the syscall grader ({@link ChildRun}): the system calls under test become the
 * plug-in {@code "student"}, and the exercise's checks run on them.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
        ChildRun.run(args, className -> {
            SyscallsUnderTest syscalls = new SyscallsUnderTest(className);
            SyscallPlugins.register(SyscallExercise.PLUGIN, syscalls);
            return new ChildRun.Exercise() {
                @Override
                public List<ObservedCheck> checks() {
                    return SyscallExercise.checks(syscalls, SyscallExercise.PLUGIN);
                }

                @Override
                public String replaced() {
                    return SyscallPlugins.get(SyscallExercise.PLUGIN) == syscalls ? null
                        : "your code replaced the syscalls plug-in '" + SyscallExercise.PLUGIN + "', so that"
                            + " the program would not run with it";
                }

                @Override
                public String kitUse() {
                    return syscalls.kitUse();
                }
            };
        });
    }
}
