package eduscc.exercises.grading;

import eduscc.exercises.observing.ObservedCheck;

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

    static CheckResult passed(ObservedCheck check) {
        return new CheckResult(check.name(), check.points(), check.points(), true, "");
    }

    static CheckResult failed(ObservedCheck check, String why) {
        return new CheckResult(check.name(), check.points(), 0, false, why);
    }
}
