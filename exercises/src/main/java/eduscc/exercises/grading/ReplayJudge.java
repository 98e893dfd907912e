package eduscc.exercises.grading;

import eduscc.exercises.observing.CheckObservations;
import eduscc.labs.scenario.Replay;
import java.util.List;

/**
 * A judge whose failed check the debugger can show ({@code gui --replay}): besides judging, it
 * names the lab, the plug-in and the point of the run where the failure is there to see. The
 * grader asks it for the replay of every check it failed ({@link ChildGrader}).
 */
public interface ReplayJudge extends Judge {

    /**
     * The replay of a failed check, or null when what went wrong has no place in a run the
     * debugger can stop in.
     *
     * @param labels   what each of the reference's values is
     * @param expected the reference's values
     * @param actual   what the code under test showed
     */
    Replay replay(String exercise, String check, List<String> labels, List<String> expected, CheckObservations actual);
}
