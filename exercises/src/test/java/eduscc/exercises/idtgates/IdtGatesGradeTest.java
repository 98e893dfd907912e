package eduscc.exercises.idtgates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The IDT gates grader, each grade in a child JVM: full marks for the kit and for a student's correct
 * encoder, nothing for the starter, exactly one check's points lost for a planted mistake (all of
 * them are judged in-process by {@link PlantedBugsTest}), and nothing for a submission that hands
 * the work to the kit's own encoder.
 */
class IdtGatesGradeTest {

    private static GradeReport grade(Class<?> encoder) {
        return IdtGatesExercise.grade(encoder.getName(), "test", Limits.DEFAULT);
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(15, 15, 15, 15, 10, 30), IdtGatesExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsEncoderEarnsEveryPoint() {
        GradeReport report = IdtGatesExercise.grade(IdtGatesExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectEncoderEarnsEveryPoint() {
        GradeReport report = grade(SolvedIdtGates.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentIdtGates has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentIdtGates.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO encode"), r.name() + ": " + r.message());
        }
    }

    @Test
    void anEncoderThatForgetsOffset31To24LosesTheHighHalfCheckOnly() {
        GradeReport report = grade(PlantedBugs.ForgetsOffset31To24.class);
        assertEquals(85, report.earned(), report.checks().toString());
        assertEquals("a system call gate whose handler lies at 0xC0DE1234, encode(offset 0xC0DE1234, selector 0x0008,"
            + " type 0xF, DPL 3, present true): expected 34 12 08 00 00 EF DE C0, got 34 12 08 00 00 EF DE 00 (byte 7"
            + " (offset 31:24) is 00, should be C0)", report.checks().get(3).message());
    }

    @Test
    void anEncoderThatCallsTheKitsEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.idtgates.DelegatesToTheKit uses eduscc.kernel.arch.KitGateEncoder", report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentIdtGates().encode(0, 0, 0, 0, false);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
