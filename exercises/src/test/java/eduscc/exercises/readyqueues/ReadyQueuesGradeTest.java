package eduscc.exercises.readyqueues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.Task;
import eduscc.labs.scenario.Replay;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The ready-queues grader on honest code: full marks for the kit and a correct solution, nothing
 * for the starter, the right losses for each bug. Each grade runs the queue in a child JVM.
 */
class ReadyQueuesGradeTest {

    static GradeReport grade(Class<?> queue) {
        return ReadyQueuesExercise.grade(queue.getName(), "test", Limits.DEFAULT);
    }

    /** Check name to points earned, for comparing a whole grade at a glance. */
    static Map<String, Integer> earned(GradeReport report) {
        Map<String, Integer> points = new TreeMap<>();
        report.checks().forEach(r -> points.put(r.name(), r.earned()));
        return points;
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(10, 20, 10, 15, 10, 20, 15),
            ReadyQueuesExercise.reference().stream().map(c -> c.points()).toList());
    }

    @Test
    void theStarterFilledInAsTheHintsSayEarnsEveryPoint() {
        GradeReport report = grade(SolvedReadyQueues.class);
        assertEquals(100, report.earned(), report.checks().toString());
        assertEquals("", report.problem());
        assertTrue(report.passed());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentReadyQueues has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentReadyQueues.class);
        assertEquals(0, report.earned());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO"), r.name() + ": " + r.message());
        }
    }

    @Test
    void forgettingToClearTheBitLosesExactlyTheChecksThatSeeIt() {
        GradeReport report = grade(ForgetsTheBit.Bit.class);
        assertEquals(forgetsTheBit(), earned(report), report.checks().toString());
        assertEquals(45, report.earned());
        assertFalse(report.passed());
        assertEquals("prioBitmap after dequeue(8) took the last priority-8 task: expected 0x80000000, got 0x80000100",
            report.checks().get(1).message());
        assertNull(report.checks().get(1).replay(), "a check that runs no lab has nothing to replay");
        assertNull(report.checks().get(0).replay(), "a passed check has nothing to replay");
    }

    /** The lab's own mistake: the kernel stops where the preempted task should have gone back, and the replay opens there. */
    @Test
    void refusingAReadyTaskLosesTheLabAndItsReplayOpensAtTheFailure() {
        GradeReport report = grade(PlantedBugs.RefusesAReadyTask.class);
        assertEquals(85, report.earned(), report.checks().toString());
        String lab = report.checks().get(6).message();
        assertEquals("the kernel stopped with a panic in task normal-b at tick 4: java.lang.IllegalStateException:"
            + " task 1 \"normal-a\" prio 8 READY already waits in a list", lab);
        Replay replay = report.checks().get(6).replay();
        assertEquals("ready-queues", replay.exercise());
        assertEquals("the scheduling lab produces the reference ordering with this queue", replay.check());
        assertEquals("scheduling", replay.lab());
        assertEquals(Replay.Plugins.readyQueues("student"), replay.kernel());
        assertEquals("Panic:1", replay.stopAt(), "where the broken queue is there to see");
        assertEquals("none", replay.expected());
        assertEquals(lab, replay.actual());
    }

    /**
     * What {@link ForgetsTheBit.Bit} earns: the checks that never empty a list by dequeue keep their
     * points, and so does the lab, which runs with the kit's bitmap for the queue's lists.
     */
    static Map<String, Integer> forgetsTheBit() {
        return new TreeMap<>(Map.of(
            "FIFO order within a priority", 10,
            "bitmap set and clear", 0,
            "msb uses one BSR", 10,
            "highest priority", 0,
            "remove from the middle", 10,
            "random sequence of 2000 operations against a model", 0,
            "the scheduling lab produces the reference ordering with this queue", 15));
    }

    @Test
    void walkingTheListsInsteadOfOneBsrLosesOnlyThatCheck() {
        GradeReport report = grade(ForgetsTheBit.Loop.class);
        assertEquals(90, report.earned(), report.checks().toString());
        CheckResult bsr = report.checks().get(2);
        assertEquals(0, bsr.earned());
        assertEquals("BSR calls (their arguments) during highestPriority() of an empty queue: expected [0], got []",
            bsr.message());
    }

    @Test
    void aStackOverflowCostsOnlyTheChecksThatCallTheBrokenMethod() {
        GradeReport report = grade(RecursesForEver.class);
        assertEquals(new TreeMap<>(Map.of(
            "FIFO order within a priority", 10,
            "bitmap set and clear", 0,
            "msb uses one BSR", 10,
            "highest priority", 0,
            "remove from the middle", 0,
            "random sequence of 2000 operations against a model", 20,
            "the scheduling lab produces the reference ordering with this queue", 0)), earned(report));
        assertTrue(report.checks().get(1).message().startsWith("StackOverflowError (at RecursesForEver.remove("),
            report.checks().get(1).message());
        assertEquals("", report.problem());
    }

    @Test
    void aQueueThatHandsBackCopiesOfTasksIsCaughtByIdentity() {
        GradeReport report = grade(HandsBackCopies.class);
        assertEquals("first dequeue(8) after enqueueing t1, t2, t3: expected t1, got an object the check never made"
            + " (task 1 \"t1\" prio 8 RUNNING)", report.checks().get(0).message());
    }

    /** Every method still throws the starter's "TODO" exception. */
    private static boolean isUnmodifiedStarter() {
        StudentReadyQueues q = new StudentReadyQueues(v -> -1);
        Task t = new Task(1, "t", 8, false, 0);
        List<Consumer<ReadyQueue>> calls = List.of(x -> x.enqueue(t), x -> x.remove(t), x -> x.dequeue(8),
            ReadyQueue::highestPriority, ReadyQueue::prioBitmap, x -> x.tasksAt(8));
        for (Consumer<ReadyQueue> call : calls) {
            try {
                call.accept(q);
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
