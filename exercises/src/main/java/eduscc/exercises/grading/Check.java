package eduscc.exercises.grading;

import java.util.Objects;

/**
 * One graded check of an exercise: a name the student reads, the points it is worth, and the code
 * that checks. The code passes by returning and fails by throwing {@link CheckFailed} (through
 * {@link Expect}); anything else it throws, or a run that never ends, fails it too.
 */
public record Check(String name, int points, Body body) {

    /** The checking code; it may throw whatever the code under test throws. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (points <= 0) {
            throw new IllegalArgumentException("check '" + name + "' must be worth some points, got " + points);
        }
    }
}
