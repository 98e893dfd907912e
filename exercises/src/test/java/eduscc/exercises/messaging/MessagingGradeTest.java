package eduscc.exercises.messaging;

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
 * The messaging grader, through its child JVM as {@code eduscc grade messaging} runs it: full
 * marks for the kit, nothing for the starter, exactly the points of the rule a planted mistake
 * breaks (a spin that never ends included), and nothing for handing the work to the kit's.
 */
class MessagingGradeTest {
    private static final Limits LIMITS = MessagingExercise.LIMITS;

    static GradeReport grade(Class<?> submission) {
        return MessagingExercise.grade(submission.getName(), "test", LIMITS);
    }

    @Test
    void theKitsSendAndReceiveEarnEveryPoint() {
        GradeReport report = MessagingExercise.grade(MessagingExercise.KIT_CLASS, "kit", LIMITS);
        assertEquals(100, report.earned(), report.checks().toString());
        assertTrue(report.passed());
    }

    @Test
    void theUnmodifiedStarterEarnsNothingAndEveryCheckSaysWhy() {
        assumeTrue(isUnmodifiedStarter(), "StudentMessaging has been worked on; this test is for the kit as shipped");
        GradeReport report = grade(StudentMessaging.class);
        assertEquals(0, report.earned(), report.checks().toString());
        for (CheckResult r : report.checks()) {
            assertTrue(r.message().contains("TODO"), r.name() + ": " + r.message());
        }
    }

    /** The same fixture {@link PlantedBugsTest} judges in this JVM, through the child: a spin that never ends costs 10 points. */
    @Test
    void aSpinWithoutCl1invmbLosesThatCheckAloneAndTheGradingGoesOn() {
        GradeReport report = grade(PlantedBugs.ForgetsCl1invmbInTheSpin.class);
        assertEquals(90, report.earned(), report.checks().toString());
        List<CheckResult> failed = report.checks().stream().filter(r -> !r.passed()).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals("core 0's waitUntil(sent[1], SET), with core 1 setting that flag 200,000 cycles after the start:"
            + " expected done, got did not finish within 22 ms of simulated time (a wait that never ends?)",
            failed.get(0).message());
        assertEquals(new Replay("messaging", failed.get(0).name(), "ping-pong", Replay.Plugins.messaging("student"), "tick:1",
            "MessageReceived 1: core 47 received 32 bytes from core 0, checksum 10912",
            "tick 1: no RCCE event from there on, and it does not end"), failed.get(0).replay(),
            "the ping-pong lab shows it: no message gets through");
    }

    /** A stale get the labs never run into: no replay, and the check says so. */
    @Test
    void aMistakeNoLabShowsWritesNoReplayAndSaysSo() {
        GradeReport report = grade(PlantedBugs.GetsWithoutCl1invmb.class);
        assertEquals(95, report.earned(), report.checks().toString());
        CheckResult failed = report.checks().get(1);
        assertEquals(null, failed.replay());
        assertTrue(failed.message().endsWith("\n" + MessagingLabs.NO_LAB), failed.message());
    }

    @Test
    void aGoryLayerThatCallsTheKitsEarnsNothing() {
        GradeReport report = grade(DelegatesToTheKit.class);
        assertEquals(0, report.earned());
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of"
            + " eduscc.exercises.messaging.DelegatesToTheKit$Gory uses eduscc.kernel.ipc.MpbPort.kitGoryLayer",
            report.problem());
    }

    private static boolean isUnmodifiedStarter() {
        try {
            new StudentMessaging(null, null).send(0, 0, 0);
            return false;
        } catch (UnsupportedOperationException e) {
            return String.valueOf(e.getMessage()).startsWith("TODO");
        }
    }
}
