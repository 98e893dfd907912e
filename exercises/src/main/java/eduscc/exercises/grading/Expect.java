package eduscc.exercises.grading;

import java.util.Objects;

/**
 * The few assertions a check needs, with messages in the student's terms: what was done, what
 * the contract expects, what the code gave. No JUnit at run time: the grader ships in the jar.
 */
public final class Expect {

    private Expect() {
    }

    /** @param what the rule, e.g. "enqueue makes the task READY" */
    public static void that(boolean holds, String what) {
        if (!holds) {
            throw new CheckFailed(what);
        }
    }

    /** @param what the value being compared, e.g. "prioBitmap after enqueueing a priority-8 task" */
    public static void equal(Object expected, Object actual, String what) {
        if (!Objects.equals(expected, actual)) {
            throw new CheckFailed(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** Like {@link #equal} for a 32-bit bitmap, shown in hex. */
    public static void bitmap(int expected, int actual, String what) {
        if (expected != actual) {
            throw new CheckFailed(what + ": expected " + hex(expected) + ", got " + hex(actual));
        }
    }

    /** The code must throw an exception of {@code type}. */
    public static void throwsA(Class<? extends Throwable> type, Runnable code, String what) {
        try {
            code.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return;
            }
            throw new CheckFailed(what + ": expected " + type.getSimpleName() + ", got " + t);
        }
        throw new CheckFailed(what + ": expected " + type.getSimpleName() + ", but nothing was thrown");
    }

    public static String hex(int bitmap) {
        return String.format("0x%08x", bitmap);
    }
}
