package eduscc.exercises.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The semaphores grader: full marks for the kit and for a student's correct wait and post,
 * nothing for the starter, and exactly the points of the rule a planted mistake breaks. Each
 * grade runs the code in a child JVM.
 */
class SemaphoresGradeTest {
    private static final List<String> NAMES = SemaphoresExercise.reference().stream().map(c -> c.name()).toList();
    private static final int LAB = 6;

    static GradeReport grade(Class<?> semaphores) {
        return SemaphoresExercise.grade(semaphores.getName(), "test", Limits.DEFAULT);
    }

    private static Map<String, Integer> earned(GradeReport report) {
        Map<String, Integer> points = new TreeMap<>();
        report.checks().forEach(r -> points.put(r.name(), r.earned()));
        return points;
    }

    /** Every check with its full points, except {@code lost} (by position), which earn nothing. */
    private static Map<String, Integer> allBut(Integer... lost) {
        List<Integer> points = SemaphoresExercise.reference().stream().map(c -> c.points()).toList();
        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            expected.put(NAMES.get(i), List.of(lost).contains(i) ? 0 : points.get(i));
        }
        return expected;
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(10, 10, 15, 15, 10, 15, 25),
            SemaphoresExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsWaitAndPostEarnEveryPoint() {
        GradeReport report = SemaphoresExercise.grade(SemaphoresExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectWaitAndPostEarnEveryPoint() {
        GradeReport report = grade(SolvedSemaphores.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentSemaphores has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentSemaphores.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO"), r.name() + ": " + r.message());
        }
        assertTrue(report.checks().get(0).message().startsWith("KernelStopped: the kernel panicked in task poster at"
            + " StudentSemaphores.semPost(StudentSemaphores.java:"), report.checks().get(0).message());
    }

    @Test
    void postingWithoutTheLockLosesOnlyTheCountingUpCheck() {
        GradeReport report = grade(PlantedBugs.PostsWithoutTheLock.class);
        assertEquals(allBut(0), earned(report), report.checks().toString());
        assertEquals("how often the poster took and released sem_t s.lock in its three posts: expected 3 taken,"
            + " 3 released, got 0 taken, 0 released", report.checks().get(0).message());
    }

    @Test
    void takingTheWholeCountLosesOnlyThePositiveCountCheck() {
        GradeReport report = grade(PlantedBugs.TakesTheWholeCount.class);
        assertEquals(allBut(1), earned(report), report.checks().toString());
        assertEquals("the count after one wait (it started at 3): expected 2, got 0", report.checks().get(1).message());
    }

    @Test
    void skippingASlotOfTheRingLosesOnlyTheWaitOnZeroCheck() {
        GradeReport report = grade(PlantedBugs.SkipsASlot.class);
        assertEquals(allBut(2), earned(report), report.checks().toString());
        assertEquals("pos of the sem_t: expected 1, got 2", report.checks().get(2).message());
    }

    @Test
    void wakingTheNewestWaiterLosesOnlyTheFifoCheck() {
        GradeReport report = grade(PlantedBugs.WakesTheNewest.class);
        assertEquals(allBut(3), earned(report), report.checks().toString());
        assertEquals("the order in which the waiters got through (each prints its name): expected BCA, got ACB",
            report.checks().get(3).message());
    }

    @Test
    void wakingEveryWaiterLosesOnlyTheWakesOneCheck() {
        GradeReport report = grade(PlantedBugs.WakesEveryone.class);
        assertEquals(allBut(4), earned(report), report.checks().toString());
        assertEquals("waiting tasks made READY by one post: expected 1, got 3", report.checks().get(4).message());
    }

    @Test
    void takingWithoutLookingAgainLosesOnlyTheNeverNegativeCheck() {
        GradeReport report = grade(PlantedBugs.TakesWithoutLookingAgain.class);
        assertEquals(allBut(5), earned(report), report.checks().toString());
        assertEquals("the count when W came back from its wait: expected 0, got -1", report.checks().get(5).message());
    }

    @Test
    void aPostThatCallsTheSchedulerLosesTheWakesOneCheckAndTheLab() {
        GradeReport report = grade(PlantedBugs.PostCallsTheScheduler.class);
        assertEquals(allBut(4, LAB), earned(report), report.checks().toString());
        assertTrue(report.checks().get(LAB).message().startsWith("task switch "), report.checks().get(LAB).message());
    }

    @Test
    void handingThePostToTheKitEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.semaphores.DelegatesToTheKit uses eduscc.kernel.sync.KitWaitAndPost", report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        StudentSemaphores starter = new StudentSemaphores(null, null);
        for (Runnable call : List.<Runnable>of(() -> starter.semWait(null), () -> starter.semPost(null))) {
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
