package eduscc.exercises.pagefaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.labs.scenario.Replay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The page-faults grader: full marks for the kit and for a student's correct resolver, nothing
 * for the starter, exactly the points of the rules a partial answer breaks, and a resolver that
 * throws or never returns is reported by check name while the grading goes on. Each grade runs the
 * resolver in a child JVM.
 */
class PageFaultsGradeTest {
    private static final List<String> NAMES = PageFaultsExercise.reference().stream().map(c -> c.name()).toList();

    static GradeReport grade(Class<?> resolver, Limits limits) {
        return PageFaultsExercise.grade(resolver.getName(), "test", limits);
    }

    /** Check name to points earned. */
    private static Map<String, Integer> earned(GradeReport report) {
        Map<String, Integer> points = new TreeMap<>();
        report.checks().forEach(r -> points.put(r.name(), r.earned()));
        return points;
    }

    /** Every check with its full points, except {@code lost} (by position), which earn nothing. */
    private static Map<String, Integer> allBut(Integer... lost) {
        List<Integer> points = PageFaultsExercise.reference().stream().map(c -> c.points()).toList();
        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            expected.put(NAMES.get(i), List.of(lost).contains(i) ? 0 : points.get(i));
        }
        return expected;
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(15, 10, 10, 10, 10, 10, 5, 5, 5, 10, 10),
            PageFaultsExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theKitsResolverEarnsEveryPoint() {
        GradeReport report = PageFaultsExercise.grade(PageFaultsExercise.KIT_CLASS, "kit", Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void aStudentsCorrectResolverEarnsEveryPoint() {
        GradeReport report = grade(SolvedPageFaults.class, Limits.DEFAULT);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem(), "it uses CopyOnWrite.COW, a constant, and is still its own code");
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentPageFaults has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentPageFaults.class, Limits.DEFAULT);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO"), r.name() + ": " + r.message());
        }
    }

    @Test
    void forgettingToZeroAndToInvalidateLosesExactlyThoseTwoChecks() {
        GradeReport report = grade(ForgetsToZeroAndToInvalidate.class, Limits.DEFAULT);
        assertEquals(allBut(0, 6), earned(report), report.checks().toString());
        assertEquals(80, report.earned());
        assertEquals("doublewords of the page's frame that are not zero: expected 0, got 1024",
            report.checks().get(0).message());
        assertEquals("the data TLB still holds the old translation of 0x08049000 after it was copied (INVLPG drops it):"
            + " expected false, got true", report.checks().get(6).message());
    }

    @Test
    void aResolverThatThrowsIsReportedByCheckAndTheGradingGoesOn() {
        GradeReport report = grade(ThrowsOnCopy.class, Limits.DEFAULT);
        assertEquals(allBut(2, 3, 4, 5, 6, 7, 8, 10), earned(report), report.checks().toString());
        assertEquals(35, report.earned());
        assertEquals("", report.problem());
        for (int i : new int[] {2, 3, 4, 5, 6, 7, 8}) {
            assertTrue(report.checks().get(i).message().startsWith("IllegalStateException: no copy today (at"
                + " ThrowsOnCopy.copyOnWrite(ThrowsOnCopy.java:"), report.checks().get(i).message());
        }
        assertEquals("the first failure of the fork lab's run: expected none, got the kernel panicked in task"
            + " forkdemo: java.lang.IllegalStateException: no copy today", report.checks().get(10).message());
    }

    @Test
    void aResolverThatNeverReturnsLosesTheChecksItHangsInAndTheGradingGoesOn() {
        GradeReport report = grade(LoopsOnTakeOver.class, Limits.DEFAULT);
        assertEquals(allBut(5, 6, 10), earned(report), report.checks().toString());
        assertEquals(75, report.earned());
        String hung = report.checks().get(5).message();
        assertTrue(hung.contains("endless loop"), hung);
    }

    /** The paging lab's own mistake: its replay opens at the fault whose page the MMU had marked already. */
    @Test
    void zeroingThroughTheNewMappingLosesThePagingLabAndItsReplayOpensAtTheFault() {
        GradeReport report = grade(PlantedBugs.ZeroesThroughTheNewMapping.class, Limits.DEFAULT);
        assertEquals(allBut(9), earned(report), report.checks().toString());
        Replay replay = report.checks().get(9).replay();
        assertEquals("paging", replay.lab());
        assertEquals(Replay.Plugins.pageFaults("student"), replay.kernel());
        assertEquals("PageFaultResolved:1", replay.stopAt());
        assertEquals("neither set", replay.expected());
        assertEquals("A and D set", replay.actual());
    }

    @Test
    void aResolverThatCallsTheKitsResolverEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class, Limits.DEFAULT);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.pagefaults.DelegatesToTheKit uses eduscc.kernel.mm.KitPageFaultResolver", report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        StudentPageFaults starter = new StudentPageFaults(null, null);
        try {
            starter.demandZero(null, 0);
            return false;
        } catch (UnsupportedOperationException e) {
            if (!String.valueOf(e.getMessage()).startsWith("TODO")) {
                return false;
            }
        }
        try {
            starter.copyOnWrite(null, 0);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
