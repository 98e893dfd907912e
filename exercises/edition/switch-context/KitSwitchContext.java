package eduscc.kernel.sched;

/**
 * STUDENT EDITION. The kit's C half of the software context switch is not in this tree: every
 * kernel here that switches by software uses YOURS,
 * {@code exercises/src/main/java/eduscc/exercises/switchcontext/StudentSwitchContext.java}, and this
 * class only hands each call to it (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/switchcontext/HANDOUT.md}; grade it with
 * {@code ./eduscc grade switch-context}).
 *
 * <p>Yours is the context-switch plug-in {@code "student"}, which the kit's command line
 * registers; where nothing registered it, this class makes {@code StudentSwitchContext} itself.
 */
public final class KitSwitchContext implements SwitchContextParts {
    /** The student's code, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.switchcontext.StudentSwitchContext";

    private final SwitchContextParts yours = yours();

    private static SwitchContextParts yours() {
        if (SwitchContextPlugins.isRegistered("student")) {
            return SwitchContextPlugins.get("student").get();
        }
        try {
            return (SwitchContextParts) Class.forName(STUDENT_CLASS).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public void createDefaultFrame(SwitchContextCpu cpu, Task task, int entry) {
        yours.createDefaultFrame(cpu, task, entry);
    }

    @Override
    public void getCurrentStack(SwitchContextCpu cpu, Task next) {
        yours.getCurrentStack(cpu, next);
    }

    @Override
    public void setKernelStack(SwitchContextCpu cpu, Task next) {
        yours.setKernelStack(cpu, next);
    }
}
