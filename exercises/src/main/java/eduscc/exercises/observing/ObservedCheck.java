package eduscc.exercises.observing;

import eduscc.exercises.grading.Judge;
import java.util.Objects;

/**
 * One graded check of an exercise: a name the student reads, the points it is worth, the calls it
 * makes on the code under test ({@link Script}, which only records what it sees) and how what it
 * saw is compared with what the reference showed ({@link Judge}).
 */
public record ObservedCheck(String name, int points, Script script, Judge judge) {

    /** The calls of a check; may throw whatever the code under test throws. */
    @FunctionalInterface
    public interface Script {
        void run(Observer observer) throws Exception;
    }

    public ObservedCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(judge, "judge");
        if (points <= 0) {
            throw new IllegalArgumentException("check '" + name + "' must be worth some points, got " + points);
        }
    }

    /** A check judged by its first value that differs from the reference's. */
    public ObservedCheck(String name, int points, Script script) {
        this(name, points, script, Judge.FIRST_DIFFERENCE);
    }

    /**
     * Runs the check here, in this JVM: for the kit's reference, which the grader trusts, and in
     * the child JVM for the code under test.
     */
    public CheckObservations observe(Observer observer) {
        try {
            script.run(observer);
            return new CheckObservations(observer.values(), null);
        } catch (Throwable e) {
            // Whatever the code under test throws, out of memory or stack included, ends this check only.
            return new CheckObservations(observer.values(), Failures.describe(e));
        }
    }
}
