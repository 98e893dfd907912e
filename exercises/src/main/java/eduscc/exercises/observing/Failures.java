package eduscc.exercises.observing;

import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;

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

    /**
     * The first panic, hang or triple fault of a lab's run, as a student would read it ("the kernel
     * panicked in task ...", which {@code LabReplays.FIRST_FAILURE} stops at); or "none".
     */
    public static String firstFailure(Machine machine) {
        for (TraceEvent.Panic p : machine.trace().events(TraceEvent.Panic.class)) {
            return "the kernel panicked in task " + p.task() + ": " + shorten(p.reason().lines().findFirst().orElse(""));
        }
        for (TraceEvent.Hang h : machine.trace().events(TraceEvent.Hang.class)) {
            return "task " + h.task() + " ran Java without a machine operation for too long (an endless loop?)";
        }
        for (TraceEvent.TripleFault t : machine.trace().events(TraceEvent.TripleFault.class)) {
            return "triple fault: " + t.reason();
        }
        return "none";
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
