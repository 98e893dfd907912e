package eduscc.exercises.switchcontext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The software switch grader, each grade in a child JVM: full marks for the kit and for a
 * student's correct code, nothing for the starter, the points of the check a planted mistake is
 * about and no others (all of them are judged in-process by {@link PlantedBugsTest}), and nothing for a
 * submission that hands the work to the kit's.
 */
class SwitchContextGradeTest {

    private static GradeReport grade(Class<?> parts) {
        return SwitchContextExercise.grade(parts.getName(), "test", Limits.DEFAULT);
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(20, 20, 15, 15, 15, 15),
            SwitchContextExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsCodeEarnsEveryPoint() {
        GradeReport report = SwitchContextExercise.grade(SwitchContextExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectCodeEarnsEveryPoint() {
        GradeReport report = grade(SolvedSwitchContext.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentSwitchContext has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentSwitchContext.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO"), r.name() + ": " + r.message());
        }
    }

    @Test
    void aWrongStackPointerFaultsAndTheMessageNamesTheTask() {
        GradeReport report = grade(PlantedBugs.ResumesAtTheFirstFrame.class);
        assertEquals(85, report.earned(), report.checks().toString());
        String message = report.checks().get(3).message();
        assertTrue(message.contains("switching to "), message);
    }

    @Test
    void codeThatHandsTheWorkToTheKitEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.switchcontext.DelegatesToTheKit uses eduscc.kernel.sched.KitSwitchContext",
            report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentSwitchContext().setKernelStack(null, null);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
