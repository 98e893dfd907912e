package eduscc.exercises.grading;

import com.fasterxml.jackson.annotation.JsonInclude;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.labs.scenario.Replay;

/**
 * How one check went.
 *
 * @param name     the check
 * @param possible the points it is worth
 * @param earned   all of them if it passed, none otherwise
 * @param passed   whether it passed
 * @param message  empty if it passed; otherwise what went wrong, in the student's terms
 * @param replay   for a failed check that ran a lab, where the debugger can show the failure; else null
 */
public record CheckResult(String name, int possible, int earned, boolean passed, String message,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Replay replay) {

    /** A result with nothing to replay. */
    public CheckResult(String name, int possible, int earned, boolean passed, String message) {
        this(name, possible, earned, passed, message, null);
    }

    static CheckResult passed(ObservedCheck check) {
        return new CheckResult(check.name(), check.points(), check.points(), true, "");
    }

    static CheckResult failed(ObservedCheck check, String why) {
        return failed(check, why, null);
    }

    static CheckResult failed(ObservedCheck check, String why, Replay replay) {
        return new CheckResult(check.name(), check.points(), 0, false, why, replay);
    }
}
