package eduscc.kernel.lguest;

/**
 * STUDENT EDITION. The kit's hypercall dispatcher is not in this tree: every guest here runs YOURS,
 * {@code exercises/src/main/java/eduscc/exercises/hypercalls/StudentHypercalls.java}, and this class
 * only hands each call to it. Write yours (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/hypercalls/HANDOUT.md}) and grade it with
 * {@code ./eduscc grade hypercalls}.
 *
 * <p>Yours is the hypercall plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it, this class makes {@code StudentHypercalls} itself.
 */
public final class KitHypercallDispatcher implements HypercallDispatcher {
    /** The student's dispatcher, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.hypercalls.StudentHypercalls";

    private final HypercallDispatcher yours = yours();

    private static HypercallDispatcher yours() {
        if (HypercallPlugins.isRegistered("student")) {
            return HypercallPlugins.get("student").create();
        }
        try {
            return (HypercallDispatcher) Class.forName(STUDENT_CLASS).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public void hypercall(HypercallHost host, int call) {
        yours.hypercall(host, call);
    }

    @Override
    public void runAsync(HypercallHost host) {
        yours.runAsync(host);
    }
}
