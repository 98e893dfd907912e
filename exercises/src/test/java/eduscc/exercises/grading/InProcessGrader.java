package eduscc.exercises.grading;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.CheckObservations;
import eduscc.exercises.observing.Observer;
import eduscc.labs.scenario.Replay;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The grader's judging without its child JVM, for the planted-bug tests: the reference's checks
 * run once in this JVM ({@link ReferenceRecording#expected}, as {@link ChildGrader} runs them),
 * and checks on another implementation are judged against them one by one, as the grader judges
 * what a child reports.
 */
public final class InProcessGrader {
    private final String exercise;
    private final List<ObservedCheck> reference;
    private final ReferenceRecording.Expected expected;

    /**
     * @throws IllegalStateException if the reference fails one of its own checks
     */
    public InProcessGrader(String exercise, List<ObservedCheck> reference) {
        this.exercise = exercise;
        this.reference = reference;
        this.expected = ReferenceRecording.expected(exercise, reference);
    }

    /** The reference's checks, in order. */
    public List<ObservedCheck> reference() {
        return reference;
    }

    /** The names of the reference's checks at {@code positions}, sorted as {@link #failures} lists them. */
    public List<String> names(int... positions) {
        return Arrays.stream(positions).mapToObj(i -> reference.get(i).name()).sorted().toList();
    }

    /** Check name to why it failed, for every one of {@code checks} (the reference's, on another implementation) that failed. */
    public Map<String, String> failures(List<ObservedCheck> checks) {
        Map<String, String> failed = new TreeMap<>();
        for (int i = 0; i < checks.size(); i++) {
            ObservedCheck check = checks.get(i);
            String why = check.judge().judge(expected.labels().get(i), expected.observations().get(i).values(),
                check.observe(new Observer()));
            if (why != null) {
                failed.put(check.name(), why);
            }
        }
        return failed;
    }

    /**
     * The replay the grader writes for check {@code index} of {@code checks} (the reference's, on
     * another implementation), run alone; null if it passes or its failure has no place in a lab.
     */
    public Replay replay(List<ObservedCheck> checks, int index) {
        ObservedCheck check = checks.get(index);
        List<String> labels = expected.labels().get(index);
        List<String> values = expected.observations().get(index).values();
        CheckObservations seen = check.observe(new Observer());
        if (check.judge().judge(labels, values, seen) == null || !(check.judge() instanceof ReplayJudge lab)) {
            return null;
        }
        return lab.replay(exercise, check.name(), labels, values, seen);
    }
}
