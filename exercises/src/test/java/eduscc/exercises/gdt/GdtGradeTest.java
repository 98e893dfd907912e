package eduscc.exercises.gdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GDT grader, each grade in a child JVM: full marks for the kit and for a student's correct
 * encoder, nothing for the starter, exactly one check's points lost for a planted mistake (all of
 * them are judged in-process by {@link PlantedBugsTest}), and nothing for a submission that hands
 * the work to the machine's own descriptor encoding.
 */
class GdtGradeTest {

    private static GradeReport grade(Class<?> encoder) {
        return GdtExercise.grade(encoder.getName(), "test", Limits.DEFAULT);
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(15, 10, 15, 15, 15, 10, 20), GdtExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsEncoderEarnsEveryPoint() {
        GradeReport report = GdtExercise.grade(GdtExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectEncoderEarnsEveryPoint() {
        GradeReport report = grade(SolvedGdt.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentGdt has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentGdt.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO encode"), r.name() + ": " + r.message());
        }
    }

    @Test
    void aTssLimitWrittenHighByteFirstLosesTheTssCheckOnly() {
        GradeReport report = grade(PlantedBugs.WritesLimitHighByteFirst.class);
        assertEquals(85, report.earned(), report.checks().toString());
        assertEquals("the TSS descriptor of slot 0, encode(base 0x00112000, limit 0x00067, access 0x89, G 0, D/B 0):"
            + " expected 67 00 00 20 11 89 00 00, got 00 67 00 20 11 89 00 00 (byte 0 (limit 7:0) is 00, should be 67;"
            + " byte 1 (limit 15:8) is 67, should be 00)", report.checks().get(4).message());
    }

    @Test
    void anEncoderThatUsesTheMachinesDescriptorEncodingEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.gdt.DelegatesToTheKit uses eduscc.machine.cpu.tables.SegmentDescriptor.toBytes",
            report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentGdt().encode(0, 0, 0, false, false);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
