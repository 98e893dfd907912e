package eduscc.exercises.grading;

/**
 * How one check went.
 *
 * @param name     the check
 * @param possible the points it is worth
 * @param earned   all of them if it passed, none otherwise
 * @param passed   whether it passed
 * @param message  empty if it passed; otherwise what went wrong, in the student's terms
 */
public record CheckResult(String name, int possible, int earned, boolean passed, String message) {

    static CheckResult passed(Check check) {
        return new CheckResult(check.name(), check.points(), check.points(), true, "");
    }

    static CheckResult failed(Check check, String why) {
        return new CheckResult(check.name(), check.points(), 0, false, why);
    }
}
