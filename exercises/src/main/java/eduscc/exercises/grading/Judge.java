package eduscc.exercises.grading;

import eduscc.exercises.observing.CheckObservations;
import java.util.List;

/**
 * Compares what a check saw the code under test do with what the same check saw the reference do.
 * The grader runs the reference itself; the other side's values arrive as text from the child
 * JVM and are never believed to mean "passed", only compared.
 */
@FunctionalInterface
public interface Judge {

    /**
     * @param labels   what each of the reference's values is, in the student's terms
     * @param expected the reference's values
     * @param actual   what the code under test showed
     * @return null if the check passed; otherwise why it failed
     */
    String judge(List<String> labels, List<String> expected, CheckObservations actual);

    /**
     * The first value that differs says what went wrong ("tasksAt(8) after ...: expected [t1, t2],
     * got [t2]"); once one differs, the later ones follow from it and would only repeat it. If all
     * values agree up to where the code under test threw, the exception is the reason.
     */
    Judge FIRST_DIFFERENCE = (labels, expected, actual) -> {
        List<String> got = actual.values();
        int common = Math.min(expected.size(), got.size());
        for (int i = 0; i < common; i++) {
            if (!expected.get(i).equals(got.get(i))) {
                return labels.get(i) + ": expected " + expected.get(i) + ", got " + got.get(i);
            }
        }
        if (actual.threw() != null) {
            return actual.threw();
        }
        if (got.size() < expected.size()) {
            return labels.get(got.size()) + ": the check ended before it got there";
        }
        if (got.size() > expected.size()) {
            return "the check saw more than the reference does: " + got.get(expected.size());
        }
        return null;
    };
}
