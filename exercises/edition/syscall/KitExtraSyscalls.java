package eduscc.kernel.sys;

import eduscc.kernel.sched.Task;

/**
 * STUDENT EDITION. The kit's system calls beyond eduOS's are not in this tree: every kernel here
 * hands the numbers its own dispatch does not know to YOURS,
 * {@code exercises/src/main/java/eduscc/exercises/syscall/StudentSyscalls.java}, and this class only
 * hands each call to it. Write yours (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/syscall/HANDOUT.md}) and grade it with
 * {@code ./eduscc grade syscall}.
 *
 * <p>Yours is the syscalls plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it, this class makes {@code StudentSyscalls} itself.
 */
public final class KitExtraSyscalls implements ExtraSyscalls {
    /** The student's system calls, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.syscall.StudentSyscalls";

    private final ExtraSyscalls yours;

    public KitExtraSyscalls(SyscallServices kernel) {
        this.yours = yours(kernel);
    }

    private static ExtraSyscalls yours(SyscallServices kernel) {
        if (SyscallPlugins.isRegistered("student")) {
            return SyscallPlugins.get("student").create(kernel);
        }
        try {
            return (ExtraSyscalls) Class.forName(STUDENT_CLASS).getConstructor(SyscallServices.class).newInstance(kernel);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public int call(int number, Task caller) {
        return yours.call(number, caller);
    }
}
