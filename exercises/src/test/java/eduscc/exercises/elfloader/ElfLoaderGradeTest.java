package eduscc.exercises.elfloader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ELF-loader grader, each grade in a child JVM: full marks for the kit and for a student's
 * correct loader, nothing for the starter, and exactly the points of the rule a planted mistake
 * breaks (all of them: {@link PlantedBugsTest}).
 */
class ElfLoaderGradeTest {

    static GradeReport grade(Class<?> loader) {
        return ElfLoaderExercise.grade(loader.getName(), "test", Limits.DEFAULT);
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(15, 10, 15, 15, 10, 10, 10, 15),
            ElfLoaderExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsLoaderEarnsEveryPoint() {
        GradeReport report = ElfLoaderExercise.grade(ElfLoaderExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectLoaderEarnsEveryPoint() {
        GradeReport report = grade(SolvedElfLoader.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentElfLoader has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentElfLoader.class);
        assertEquals(0, report.earned(), report.checks().toString());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO"), r.name() + ": " + r.message());
        }
    }

    @Test
    void aPlantedMistakeInTheChildJvmCostsItsCheck() {
        GradeReport report = grade(PlantedBugs.EntersAtTheFirstByte.class);
        assertEquals(90, report.earned(), report.checks().toString());
    }

    @Test
    void aLoaderThatHandsTheWorkToTheKitsEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.elfloader.DelegatesToTheKit uses eduscc.kernel.mm.ElfLoader", report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentElfLoader().load("x", new byte[0], null, null, null);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        } catch (Exception e) {
            return false;
        }
    }
}
