package eduscc.kernel.arch;

/**
 * STUDENT EDITION. The kit's gate encoder is not in this tree: every kernel here writes its IDT
 * with YOURS, {@code exercises/src/main/java/eduscc/exercises/idtgates/StudentIdtGates.java}, and
 * this class only hands each call to it. No interrupt, exception or system call reaches the
 * kernel until yours is right, so this is the second exercise, after {@code gdt} (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/idtgates/HANDOUT.md}; grade it with
 * {@code ./eduscc grade idt-gates}).
 *
 * <p>Yours is the gate plug-in {@code "student"}, which the kit's command line registers; where
 * nothing registered it, this class makes {@code StudentIdtGates} itself.
 */
public final class KitGateEncoder implements GateEncoder {
    /** The student's encoder, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.idtgates.StudentIdtGates";

    private final GateEncoder yours = yours();

    private static GateEncoder yours() {
        if (GatePlugins.isRegistered("student")) {
            return GatePlugins.get("student").get();
        }
        try {
            return (GateEncoder) Class.forName(STUDENT_CLASS).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
        return yours.encode(offset, selector, type, dpl, present);
    }
}
