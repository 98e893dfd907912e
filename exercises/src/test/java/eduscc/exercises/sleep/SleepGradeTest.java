package eduscc.exercises.sleep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.kernel.sched.Task;
import eduscc.labs.scenario.Replay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The sleep grader: full marks for the kit and for a student's correct timer list, nothing for
 * the starter, and exactly the points of the rule a planted mistake breaks. Each grade runs the
 * list in a child JVM.
 */
class SleepGradeTest {
    private static final List<String> NAMES = SleepExercise.reference().stream().map(c -> c.name()).toList();
    private static final int LAB = 5;

    static GradeReport grade(Class<?> timers) {
        return SleepExercise.grade(timers.getName(), "test", Limits.DEFAULT);
    }

    private static Map<String, Integer> earned(GradeReport report) {
        Map<String, Integer> points = new TreeMap<>();
        report.checks().forEach(r -> points.put(r.name(), r.earned()));
        return points;
    }

    /** Every check with its full points, except {@code lost} (by position), which earn nothing. */
    private static Map<String, Integer> allBut(Integer... lost) {
        List<Integer> points = SleepExercise.reference().stream().map(c -> c.points()).toList();
        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            expected.put(NAMES.get(i), List.of(lost).contains(i) ? 0 : points.get(i));
        }
        return expected;
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(20, 15, 20, 10, 10, 25), SleepExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsTimerListEarnsEveryPoint() {
        GradeReport report = SleepExercise.grade(SleepExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectTimerListEarnsEveryPoint() {
        GradeReport report = grade(SolvedSleep.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentSleep has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentSleep.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO"), r.name() + ": " + r.message());
        }
    }

    @Test
    void appendingAtTheTailLosesOnlyTheOrderingCheck() {
        GradeReport report = grade(PlantedBugs.AppendsAtTheTail.class);
        assertEquals(allBut(0), earned(report), report.checks().toString());
        assertEquals("sleepers after t2 sleeps 2 ticks at tick 0: expected [t2@2, t1@5], got [t1@5, t2@2]",
            report.checks().get(0).message());
    }

    @Test
    void jumpingAheadOfEqualTicksLosesOnlyTheFifoCheck() {
        GradeReport report = grade(PlantedBugs.JumpsTheQueue.class);
        assertEquals(allBut(1), earned(report), report.checks().toString());
        assertEquals("sleepers after t1, t2 and t3 went to sleep, all until tick 3: expected [t1@3, t2@3, t3@3],"
            + " got [t3@3, t2@3, t1@3]", report.checks().get(1).message());
    }

    @Test
    void wakingOneTaskPerTickLosesOnlyTheWakeUpCheck() {
        GradeReport report = grade(PlantedBugs.WakesOnePerTick.class);
        assertEquals(allBut(2), earned(report), report.checks().toString());
        assertEquals("expired(5), tick 4 never came: t2 (due at 4) and t3 (due at 5): expected [t2, t3], got [t2]",
            report.checks().get(2).message());
    }

    @Test
    void wakingATickLateLosesTheWakeUpCheckAndTheLab() {
        GradeReport report = grade(PlantedBugs.WakesATickLate.class);
        assertEquals(allBut(2, LAB), earned(report), report.checks().toString());
        assertEquals("expired(2): expected [t1], got []", report.checks().get(2).message());
        assertTrue(report.checks().get(LAB).message().startsWith("task switch "), report.checks().get(LAB).message());
        Replay replay = report.checks().get(LAB).replay();
        assertEquals("scheduling", replay.lab());
        assertEquals(Replay.Plugins.sleep("student"), replay.kernel());
        assertEquals("tick:" + Math.min(tick(replay.expected()), tick(replay.actual())), replay.stopAt(),
            "the start of the earlier tick of the two differing switches: " + replay);
    }

    /** The tick of a task switch as the lab check words it ("t2 at tick 6"). */
    private static long tick(String value) {
        return Long.parseLong(value.substring(value.lastIndexOf(' ') + 1));
    }

    @Test
    void sleepingZeroTicksUntilNowLosesOnlyTheZeroTicksCheck() {
        GradeReport report = grade(PlantedBugs.ZeroMeansNow.class);
        assertEquals(allBut(3), earned(report), report.checks().toString());
        assertEquals("the wake tick of t2 after it slept 0 ticks at tick 5: expected 6, got 5",
            report.checks().get(3).message());
    }

    @Test
    void forgettingToRemoveLosesOnlyTheRemoveCheck() {
        GradeReport report = grade(PlantedBugs.ForgetsToRemove.class);
        assertEquals(allBut(4), earned(report), report.checks().toString());
        assertEquals("sleepers after removing t2 from the middle: expected [t1@2, t3@6], got [t1@2, t2@4, t3@6]",
            report.checks().get(4).message());
    }

    @Test
    void aTimerListThatHandsTheWorkToTheKitsEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.sleep.DelegatesToTheKit uses eduscc.kernel.sched.TimerList", report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        StudentSleep starter = new StudentSleep();
        Task t = new Task(1, "t1", 8, false, 0);
        for (Runnable call : List.<Runnable>of(() -> starter.add(t, 0, 1), () -> starter.expired(1),
            () -> starter.remove(t))) {
            try {
                call.run();
                return false;
            } catch (UnsupportedOperationException e) {
                if (!String.valueOf(e.getMessage()).startsWith("TODO")) {
                    return false;
                }
            }
        }
        return true;
    }
}
