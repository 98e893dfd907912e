package eduscc.exercises.hypercalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hypercalls grader, through its child JVM as {@code eduscc grade hypercalls} runs it: full
 * marks for the kit and for a student's correct dispatcher, nothing for the starter, exactly the
 * points of the rule a planted mistake breaks, and nothing for handing the work to the kit's.
 */
class HypercallsGradeTest {

    static GradeReport grade(Class<?> dispatcher) {
        return HypercallsExercise.grade(dispatcher.getName(), "test", Limits.DEFAULT);
    }

    @Test
    void theKitsDispatcherEarnsEveryPoint() {
        GradeReport report = HypercallsExercise.grade(HypercallsExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectDispatcherEarnsEveryPoint() {
        GradeReport report = grade(SolvedHypercalls.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentHypercalls has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentHypercalls.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks().subList(0, 9)) {
            assertTrue(r.message().startsWith("UnsupportedOperationException: TODO"), r.name() + ": " + r.message());
        }
        assertEquals("the first failure of the lguest lab's run: expected none, got the host's kernel panicked in task"
            + " launcher: java.lang.UnsupportedOperationException: TODO runAsync: nothing before LHCALL_LGUEST_INIT. Then,"
            + " at most 64 times: slot nextAsync not SLOT_PENDING? stop. Else dispatch its call (ringWord 0..3), markDone,"
            + " and move nextAsync on, from 63 back to 0", report.checks().get(9).message());
    }

    /** The same fixture {@link PlantedBugsTest} judges in this JVM, through the child: 95 points, and why. */
    @Test
    void ignoringUnknownCallsLosesThatCheckAlone() {
        GradeReport report = grade(PlantedBugs.IgnoresUnknownCalls.class);
        assertEquals(95, report.earned(), report.checks().toString());
        List<CheckResult> failed = report.checks().stream().filter(r -> !r.passed()).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals("hypercall 3(0x00000001, 0x00000002, 0x00000003): the host's actions: expected kill, got nothing",
            failed.get(0).message());
    }

    @Test
    void aDispatcherThatCallsTheKitsEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.hypercalls.DelegatesToTheKit uses eduscc.kernel.lguest.KitHypercallDispatcher",
            report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentHypercalls().runAsync(null);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
