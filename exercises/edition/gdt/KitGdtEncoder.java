package eduscc.kernel.arch;

/**
 * STUDENT EDITION. The kit's GDT encoder is not in this tree: every kernel here writes its GDT
 * with YOURS, {@code exercises/src/main/java/eduscc/exercises/gdt/StudentGdt.java}, and this class
 * only hands each call to it. No core boots to protected mode until yours is right, so this is
 * the first exercise (the handout: {@code exercises/src/main/resources/eduscc/exercises/gdt/HANDOUT.md};
 * grade it with {@code ./eduscc grade gdt}).
 *
 * <p>Yours is the GDT plug-in {@code "student"}, which the kit's command line registers; where
 * nothing registered it, this class makes {@code StudentGdt} itself.
 */
public final class KitGdtEncoder implements GdtEncoder {
    /** The student's encoder, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.gdt.StudentGdt";

    private final GdtEncoder yours = yours();

    private static GdtEncoder yours() {
        if (GdtPlugins.isRegistered("student")) {
            return GdtPlugins.get("student").get();
        }
        try {
            return (GdtEncoder) Class.forName(STUDENT_CLASS).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
        return yours.encode(base, limit, access, granularity, defaultBig);
    }
}
