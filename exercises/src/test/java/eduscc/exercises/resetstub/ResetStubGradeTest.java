package eduscc.exercises.resetstub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.kernel.boot.KernelImage;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reset-stub grader, each grade in a child JVM as {@code ./eduscc grade reset-stub} runs it:
 * full marks for the kit's stub and a student's correct one, less for the starter, and a planted
 * mistake costs its check's points (all of them: {@link PlantedBugsTest}).
 */
class ResetStubGradeTest {
    @TempDir
    Path folder;

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(25, 15, 20, 15, 5, 10, 10),
            ResetStubExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsStubEarnsEveryPoint() {
        GradeReport report = ResetStubExercise.grade(ResetStubExercise.KIT_STUB, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectStubEarnsEveryPoint() {
        GradeReport report = ResetStubExercise.grade("eduscc/exercises/resetstub/solved-reset.asm", "test", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterAssemblesRunsAndStopsShortOfEveryCheck() {
        assumeTrue(ResetStubExercise.text(ResetStubExercise.STUDENT_STUB).contains("; TODO"),
            "student-reset.asm has been worked on; this test is for the kit as shipped");
        GradeReport report = ResetStubExercise.grade(ResetStubExercise.STUDENT_STUB, "starter", Limits.DEFAULT);
        assertEquals(0, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
        CheckResult reach = report.checks().get(0);
        assertTrue(reach.message().startsWith("how the core's run from the reset vector ended: expected reached the"
            + " kernel's entry at 0x00100010, got the core halted at 0xFFFFF"), reach.message());
    }

    @Test
    void aPlantedMistakeInTheChildJvmCostsItsCheck() {
        GradeReport report = ResetStubExercise.grade(PlantedBugs.HEADER_MAGIC.write(folder).toString(), "test",
            Limits.DEFAULT);
        assertEquals(90, report.earned(), report.checks().toString());
        assertEquals("EAX when the stub handed over: expected 0x2BADB002, got 0x1BADB002", report.checks().get(5).message());
    }

    @Test
    void aStubThatSpinsForEverIsGradedNotWaitedFor() {
        GradeReport report = ResetStubExercise.grade(PlantedBugs.SPINS_FOR_EVER.write(folder).toString(), "test",
            Limits.DEFAULT);
        assertEquals(75, report.earned(), report.checks().toString());
        assertTrue(report.checks().get(0).message().endsWith("an endless loop?"), report.checks().get(0).message());
    }

    @Test
    void aStubThatIsNotThereIsSaidSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ResetStubExercise.grade("no/such/stub.asm", "test", Limits.DEFAULT));
        assertEquals("no reset stub no/such/stub.asm on the class path or as a file", e.getMessage());
    }

    /** The student edition's reset.asm is one %include of the student's stub: every lab there boots the student's bytes. */
    @Test
    void theStudentEditionsResetStubIsTheStudentsStub() throws IOException {
        // from the exercises module, where the tests run
        String handOver = Files.readString(Path.of("edition/reset-stub/reset.asm"));
        Assembly edition = Assembler.assemble(KernelImage.RESET_SOURCE, handOver, OutputFormat.FLAT_BINARY,
            KernelImage.RESET_INCLUDES);
        Assembly students = StubSource.assemble(ResetStubExercise.STUDENT_STUB, "student-reset.asm");
        assertArrayEquals(students.bytes(), edition.bytes());
        assertEquals(0xFFFFF000L, edition.origin());
    }
}
