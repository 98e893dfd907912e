package eduscc.exercises.pageframes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.labs.scenario.Replay;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page-frames grader, through its child JVM as {@code eduscc grade page-frames} runs it: full
 * marks for the kit and for a student's correct allocator, nothing for the starter, exactly the
 * points of the rule a planted mistake breaks, and nothing for handing the work to the kit's.
 */
class PageFramesGradeTest {
    private static final int LAB = 6;

    static GradeReport grade(Class<?> allocator) {
        return PageFramesExercise.grade(allocator.getName(), "test", Limits.DEFAULT);
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(10, 20, 10, 15, 15, 10, 20),
            PageFramesExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsAllocatorEarnsEveryPoint() {
        GradeReport report = PageFramesExercise.grade(PageFramesExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectAllocatorEarnsEveryPoint() {
        GradeReport report = grade(SolvedPageFrames.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentPageFrames has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentPageFrames.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks().subList(0, LAB)) {
            assertTrue(r.message().startsWith("UnsupportedOperationException: TODO"), r.name() + ": " + r.message());
        }
        assertTrue(report.checks().get(LAB).message().startsWith("the first failure of the fork lab's run: expected"
            + " none, got the kernel panicked in task "), report.checks().get(LAB).message());
        assertTrue(report.checks().get(LAB).message().contains("TODO init"), report.checks().get(LAB).message());
    }

    /** The fixture {@link PlantedBugsTest} judges for the lab check, through the child: 80 points, and a replay. */
    @Test
    void aCountThatReadsAWordLosesTheLabCheckAlone() {
        GradeReport report = grade(PlantedBugs.CountReadsAWord.class);
        assertEquals(80, report.earned(), report.checks().toString());
        CheckResult lab = report.checks().get(LAB);
        assertEquals("page fault 3 of the fork lab: expected taken over at 0xBFFFFFEC in forkdemo-child, got copied at"
            + " 0xBFFFFFEC in forkdemo-child", lab.message());
        Replay replay = lab.replay();
        assertEquals("fork", replay.lab());
        assertEquals(Replay.Plugins.pageFrames("student"), replay.kernel());
        assertEquals("PageFaultResolved:3", replay.stopAt());
    }

    @Test
    void anAllocatorThatCallsTheKitsEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.pageframes.DelegatesToTheKit uses eduscc.kernel.mm.KitPageFrames", report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentPageFrames(null).init();
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
