package eduscc.exercises.observing;

/**
 * How something the code under test threw is told to the student: its type, its message (cut
 * short: the code under test chooses it) and the first frame outside the JDK, e.g.
 * {@code IllegalStateException: broken (at StudentReadyQueues.enqueue(StudentReadyQueues.java:41))}.
 */
public final class Failures {
    /** The longest message of the code under test that is shown whole. */
    static final int MAX_MESSAGE = 300;

    private Failures() {
    }

    public static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + shorten(t.getMessage());
        return t.getClass().getSimpleName() + message + where(t.getStackTrace());
    }

    /** At most {@link #MAX_MESSAGE} characters, with a mark where it was cut. */
    public static String shorten(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + " ...";
    }

    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            if (!cls.startsWith("java.") && !cls.startsWith("jdk.") && !cls.startsWith("sun.")) {
                return " (at " + cls.substring(cls.lastIndexOf('.') + 1) + "." + frame.getMethodName() + "("
                    + frame.getFileName() + ":" + frame.getLineNumber() + "))";
            }
        }
        return "";
    }
}
