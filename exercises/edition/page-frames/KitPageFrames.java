package eduscc.kernel.mm;

import eduscc.machine.cpu.Operations;

/**
 * STUDENT EDITION. The kit's page-frame bookkeeping is not in this tree: every kernel here keeps
 * its frame bitmap and counts with YOURS,
 * {@code exercises/src/main/java/eduscc/exercises/pageframes/StudentPageFrames.java}, and this class
 * only hands each call to it. Write yours (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/pageframes/HANDOUT.md}) and grade it with
 * {@code ./eduscc grade page-frames}.
 *
 * <p>Yours is the page-frame plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it, this class makes {@code StudentPageFrames} itself.
 */
public final class KitPageFrames implements PageFrames {
    /** The student's allocator, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.pageframes.StudentPageFrames";

    private final PageFrames yours;

    public KitPageFrames(Operations ops) {
        this.yours = yours(ops);
    }

    private static PageFrames yours(Operations ops) {
        if (PageFramePlugins.isRegistered("student")) {
            return PageFramePlugins.get("student").create(ops);
        }
        try {
            return (PageFrames) Class.forName(STUDENT_CLASS).getConstructor(Operations.class).newInstance(ops);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public void init() {
        yours.init();
    }

    @Override
    public int allocate() {
        return yours.allocate();
    }

    @Override
    public void share(int physical) {
        yours.share(physical);
    }

    @Override
    public int release(int physical) {
        return yours.release(physical);
    }

    @Override
    public int count(int physical) {
        return yours.count(physical);
    }
}
