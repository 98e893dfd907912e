package eduscc.exercises.apictimer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.machine.cpu.Operations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The APIC timer grader, each grade in a child JVM: full marks for the kit and for a student's
 * correct set-up, nothing for the starter, the points of the registers a planted mistake gets wrong
 * and no others (all of them are judged in-process by {@link PlantedBugsTest}), and nothing for a submission that
 * takes the count from the kernel's driver.
 */
class ApicTimerGradeTest {

    private static GradeReport grade(Class<?> setup) {
        return ApicTimerExercise.grade(setup.getName(), "test", Limits.DEFAULT);
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(15, 10, 15, 15, 20, 25), ApicTimerExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsSetUpEarnsEveryPoint() {
        GradeReport report = ApicTimerExercise.grade(ApicTimerExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectSetUpEarnsEveryPoint() {
        GradeReport report = grade(SolvedApicTimer.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentApicTimer has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentApicTimer.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO start") || r.message().contains("the kernel stopped"),
                r.name() + ": " + r.message());
        }
        assertTrue(report.checks().get(0).message().contains("TODO start"), report.checks().get(0).message());
    }

    @Test
    void aOneShotTimerLosesTheLvtAlone() {
        GradeReport report = grade(PlantedBugs.OneShot.class);
        assertEquals(85, report.earned(), report.checks().toString());
        String lvt = report.checks().get(3).message();
        assertTrue(lvt.endsWith("one-shot (bit 17 clear)"), lvt);
        assertTrue(report.checks().get(5).passed(), report.checks().get(5).message());
    }

    @Test
    void aSetUpThatTakesTheCountFromTheDriverEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.apictimer.DelegatesToTheKit uses eduscc.kernel.arch.Apic.countFor", report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentApicTimer().start((Operations) null, 100);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
