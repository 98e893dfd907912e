package eduscc.exercises.grading;

import java.util.List;

/**
 * The grade of one exercise: every check with its points, and the total.
 *
 * @param exercise the exercise, e.g. "ready-queues"
 * @param graded   what was graded, e.g. the student's class
 * @param checks   the checks in the order they ran
 * @param earned   points earned
 * @param possible points possible
 */
public record GradeReport(String exercise, String graded, List<CheckResult> checks, int earned, int possible) {

    public GradeReport {
        checks = List.copyOf(checks);
    }

    public static GradeReport of(String exercise, String graded, List<CheckResult> checks) {
        return new GradeReport(exercise, graded, checks, checks.stream().mapToInt(CheckResult::earned).sum(),
            checks.stream().mapToInt(CheckResult::possible).sum());
    }

    public boolean fullMarks() {
        return earned == possible;
    }
}
