package eduscc.kernel.arch;

import eduscc.machine.cpu.Operations;

/**
 * STUDENT EDITION. The kit's local APIC set-up is not in this tree: every kernel here starts its
 * APIC and timer with YOURS,
 * {@code exercises/src/main/java/eduscc/exercises/apictimer/StudentApicTimer.java}, and this class
 * only hands the call to it. No tick reaches a core until yours is right (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/apictimer/HANDOUT.md}; grade it with
 * {@code ./eduscc grade apic-timer}).
 *
 * <p>Yours is the APIC timer plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it, this class makes {@code StudentApicTimer} itself.
 */
public final class KitApicTimer implements ApicTimerSetup {
    /** The student's set-up, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.apictimer.StudentApicTimer";

    private final ApicTimerSetup yours = yours();

    private static ApicTimerSetup yours() {
        if (ApicTimerPlugins.isRegistered("student")) {
            return ApicTimerPlugins.get("student").get();
        }
        try {
            return (ApicTimerSetup) Class.forName(STUDENT_CLASS).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public void start(Operations ops, int timerFreq) {
        yours.start(ops, timerFreq);
    }
}
