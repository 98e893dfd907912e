package eduscc.exercises.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The syscall grader, through its child JVM as {@code eduscc grade syscall} runs it: full marks
 * for the kit and for a student's correct call, nothing for the starter, exactly the points of the
 * rule a planted mistake breaks, and nothing for handing the work to the kit's.
 */
class SyscallGradeTest {
    private static final int PROGRAM = 4;

    static GradeReport grade(Class<?> syscalls) {
        return SyscallExercise.grade(syscalls.getName(), "test", Limits.DEFAULT);
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(15, 20, 20, 20, 25), SyscallExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsCallEarnsEveryPoint() {
        GradeReport report = SyscallExercise.grade(SyscallExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectCallEarnsEveryPoint() {
        GradeReport report = grade(SolvedSyscalls.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentSyscalls has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentSyscalls.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks().subList(0, PROGRAM)) {
            assertTrue(r.message().startsWith("UnsupportedOperationException: TODO"), r.name() + ": " + r.message());
        }
        assertTrue(report.checks().get(PROGRAM).message().contains("TODO call"), report.checks().get(PROGRAM).message());
    }

    /** The fixture {@link PlantedBugsTest} judges for the program check, through the child: 75 points. */
    @Test
    void readingThePointerFromEcxLosesTheProgramCheckAlone() {
        GradeReport report = grade(PlantedBugs.ReadsTheSecondRegister.class);
        assertEquals(75, report.earned(), report.checks().toString());
        assertEquals("what /bin/uptime printed: expected up 3 ticks at 100 Hz\n, got up 3 ticks at 0 Hz\n",
            report.checks().get(PROGRAM).message());
    }

    @Test
    void aCallThatHandsTheWorkToTheKitsEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.syscall.DelegatesToTheKit uses eduscc.kernel.sys.KitExtraSyscalls", report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentSyscalls(null).call(44, null);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
