package eduscc.exercises.grading;

import java.util.List;

/**
 * The grade of one exercise: every check with its points, the total, and whether the grading
 * itself went wrong because of the code under test.
 *
 * @param exercise the exercise, e.g. "ready-queues"
 * @param graded   what was graded, e.g. the student's class
 * @param checks   the checks in order; those never run because grading stopped have failed
 * @param earned   points earned
 * @param possible points possible
 * @param problem  empty, or why the code under test fails whatever its checks showed: it ended the
 *                 JVM that ran it, started too many threads, tampered with its report, or uses the
 *                 kit's own implementation instead of its own code
 */
public record GradeReport(String exercise, String graded, List<CheckResult> checks, int earned, int possible,
                          String problem) {

    public GradeReport {
        checks = List.copyOf(checks);
    }

    public static GradeReport of(String exercise, String graded, List<CheckResult> checks, String problem) {
        return new GradeReport(exercise, graded, checks, checks.stream().mapToInt(CheckResult::earned).sum(),
            checks.stream().mapToInt(CheckResult::possible).sum(), problem);
    }

    /** Passed: every point, and nothing wrong with the grading. {@code grade} exits 0 exactly then. */
    public boolean passed() {
        return earned == possible && problem.isEmpty();
    }
}
