package eduscc.exercises.resetstub;

import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.AssemblyException;
import java.util.function.Supplier;

/**
 * The reset stub the checks look at, named as the grader names it: assembled and run on first
 * use, inside the first check, so that an assembly error or a stub that never reaches the kernel
 * shows there; every later check looks at the same run. A stub that does not assemble fails every
 * check with the assembler's {@code file:line: problem}.
 */
final class StubUnderTest implements Supplier<StubRun> {
    private final String stub;
    private StubRun run;
    private RuntimeException failed;

    StubUnderTest(String stub) {
        this.stub = stub;
    }

    @Override
    public synchronized StubRun get() {
        if (run == null && failed == null) {
            Assembly assembled = null;
            try {
                assembled = StubSource.assemble(stub, shownAs(stub));
            } catch (AssemblyException | IllegalArgumentException e) {
                failed = new NotAssembled(e.getMessage());
            }
            if (assembled != null) {
                run = StubRun.of(assembled);
            }
        }
        if (failed != null) {
            throw failed;
        }
        return run;
    }

    /**
     * A stub the kit cannot boot, told as {@code NotAssembled: file:line: problem}: the place in
     * the student's file is what matters, not where in the grader the assembler stopped.
     */
    static final class NotAssembled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAssembled(String message) {
            super(message, null, false, false);
        }
    }

    /** The student's own stub is named by the path they edit; any other by the name the grader got. */
    private static String shownAs(String stub) {
        return stub.equals(ResetStubExercise.STUDENT_STUB) ? ResetStubExercise.STUDENT_FILE : stub;
    }
}
