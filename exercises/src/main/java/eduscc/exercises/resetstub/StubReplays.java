package eduscc.exercises.resetstub;

import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.ReplayJudge;
import eduscc.exercises.observing.CheckObservations;
import eduscc.labs.scenario.Replay;
import java.util.List;

/**
 * The judge of a reset-stub check, and its replay: the shipped {@code boot} lab booted with the
 * student's stub ({@code --reset-stub student}), stopped where the student's run went wrong. Every
 * check looks at the one run of the stub, so where to stop depends on how that run ended, not on
 * which value differs: at the triple fault, if the core shut down; at the kernel's entry (the
 * trace's first {@code JavaEntry}), if the core got there with a state that differs; at the first
 * halt, if the stub halted on the way. A stub that loops is stopped by the grader after its cycles,
 * but the boot lab has no such point to stop at: it has no replay.
 *
 * <p>The first check's one value is how the run ended. Every other check records it as its last
 * value ({@link #ENDED}), which this judge passes over: it says where to stop, and the check is
 * judged on its own values alone, as before.
 */
final class StubReplays implements ReplayJudge {
    /** The label of the value that says how the run ended, the first check's and every other's last. */
    static final String ENDED = "how the core's run from the reset vector ended";
    /** The shipped lab a replay opens: one core, booted from its reset vector. */
    static final String LAB = "boot";

    private final boolean endedIsLast;

    /** @param endedIsLast whether the check records {@link #ENDED} after its own values, unjudged */
    StubReplays(boolean endedIsLast) {
        this.endedIsLast = endedIsLast;
    }

    @Override
    public String judge(List<String> labels, List<String> expected, CheckObservations actual) {
        return Judge.FIRST_DIFFERENCE.judge(judged(labels), judged(expected), judged(expected, actual));
    }

    @Override
    public Replay replay(String exercise, String check, List<String> labels, List<String> expected,
                         CheckObservations actual) {
        List<String> got = actual.values();
        if (got.size() != expected.size()) {
            return null; // the check did not run to its end (the stub did not assemble): there is no run
        }
        String at = stopAt(got.get(got.size() - 1));
        List<String> want = judged(expected);
        for (int i = 0; i < want.size() && at != null; i++) {
            if (!want.get(i).equals(got.get(i))) {
                return new Replay(exercise, check, LAB, Replay.Plugins.resetStub(ResetStubExercise.PLUGIN), at,
                    want.get(i), got.get(i));
            }
        }
        return null;
    }

    /**
     * Where the debugger stops for a run that ended as {@code ended} says ({@link StubRun#ended}),
     * a point as {@code gui --at} takes it; null for a stub still running when it was stopped.
     */
    static String stopAt(String ended) {
        if (ended.equals(StubRun.REACHED)) {
            return "JavaEntry:1";
        }
        if (ended.startsWith(StubRun.TRIPLE_FAULT)) {
            return "TripleFault:1";
        }
        return ended.startsWith(StubRun.HALTED) ? "Halt:1" : null;
    }

    private List<String> judged(List<String> values) {
        return endedIsLast && !values.isEmpty() ? values.subList(0, values.size() - 1) : values;
    }

    /** The student's values without the last, when they are as many as the kit's (the check ran to its end). */
    private CheckObservations judged(List<String> expected, CheckObservations actual) {
        if (!endedIsLast || actual.values().size() != expected.size()) {
            return actual;
        }
        return new CheckObservations(judged(actual.values()), actual.threw());
    }
}
