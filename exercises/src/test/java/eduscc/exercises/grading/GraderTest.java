package eduscc.exercises.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grader survives whatever a check's code does, and charges it only that check's points. */
class GraderTest {
    private volatile boolean stop;

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    @Test
    void eachFailureCostsOnlyItsOwnPoints() {
        List<Check> checks = List.of(
            new Check("passes", 10, () -> { }),
            new Check("expectation", 20, () -> Expect.equal(1, 2, "one")),
            new Check("throws", 30, () -> {
                throw new IllegalStateException("broken");
            }),
            new Check("overflows", 15, () -> recurse(0)),
            new Check("passes too", 25, () -> { }));
        GradeReport report = new Grader().grade("demo", "test code", checks);
        assertEquals(35, report.earned());
        assertEquals(100, report.possible());
        assertEquals(List.of(true, false, false, false, true), report.checks().stream().map(CheckResult::passed).toList());
        assertEquals("one: expected 1, got 2", report.checks().get(1).message());
        assertTrue(report.checks().get(2).message().startsWith("IllegalStateException: broken (at GraderTest."),
            report.checks().get(2).message());
        assertTrue(report.checks().get(3).message().startsWith("StackOverflowError"), report.checks().get(3).message());
    }

    @Test
    void aCheckThatNeverEndsFailsAtTheLimitAndTheNextOneRuns() {
        List<Check> checks = List.of(
            new Check("loops", 10, () -> {
                while (!stop) {
                    Thread.onSpinWait();
                }
            }),
            new Check("after it", 5, () -> { }));
        try {
            GradeReport report = new Grader(Duration.ofMillis(200)).grade("demo", "test code", checks);
            assertTrue(report.checks().get(0).message().startsWith("did not finish within"),
                report.checks().get(0).message());
            assertEquals(5, report.earned());
        } finally {
            stop = true;
        }
    }
}
