package eduscc.exercises.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.ipc.MessagingPlugins;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.ReplayFile;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed messaging check replays the first shipped lab whose run with the student's send,
 * receive and gory layer differs from the kit's (ping-pong, then barrier-48), stopped at its first
 * differing messaging event; a mistake that only the checks' own machines show writes none.
 */
class LabReplayTest {
    private static final String CHECK = "the ping-pong lab runs as with the kit's send and receive";
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheKitsLabs() {
        MessagingExercise.register();
        grader = new InProcessGrader(MessagingExercise.NAME, MessagingLabs.checks(MessagingPlugins.KIT));
    }

    /** The planted fixture as a messaging plug-in of its own name (the replay names "student", as the grader's child registers it). */
    private static String plugin(Class<?> fixture) {
        String name = "planted-" + fixture.getSimpleName().toLowerCase();
        MessagingPlugins.register(name, new Submission(fixture.getName()).whole());
        return name;
    }

    private static Replay replay(Class<?> fixture, int lab) {
        return grader.replay(MessagingLabs.checks(plugin(fixture)), lab);
    }

    private static Replay pingPong(String stopAt, String expected, String actual) {
        return new Replay("messaging", CHECK, "ping-pong", Replay.Plugins.messaging("student"), stopAt, expected, actual);
    }

    @Test
    void aSendThatReturnsBeforeTheLastReadyStopsAtTheFirstMessageSent() {
        assertEquals(pingPong("MessageSent:1", "MessageReceived 1: core 47 received 32 bytes from core 0, checksum 10912",
            "MessageSent 1: core 0 sent 32 bytes to core 47, checksum 10912"), replay(PlantedBugs.ReturnsBeforeTheLastReady.class, 0));
    }

    @Test
    void anOffsetKeptInAFieldStopsAtTheThirdMessageReceived() {
        assertEquals(pingPong("MessageReceived:3", "MessageReceived 3: core 47 received 8192 bytes from core 0, checksum 28483584",
            "MessageReceived 3: core 47 received 8192 bytes from core 0, checksum -968448"),
            replay(PlantedBugs.KeepsTheOffsetInAField.class, 0));
    }

    @Test
    void noChunkingStopsAtThePanic() {
        assertEquals(pingPong("Panic:1", "none", "the kernel panicked in task ping: java.lang.IllegalArgumentException:"
            + " 0xC0002000 is not a doubleword in a share of the cores that take part (core 0's share begins at 0xC0000000,"
            + " each is 0x2000 bytes)"), replay(PlantedBugs.NoChunking.class, 0));
    }

    /** A spin that never sees the flag: no message ever arrives, and the replay stops at tick 1, both cores spinning. */
    @Test
    void aRunThatNeverGetsAMessageThroughStopsAtTheFirstTick() {
        Replay expected = pingPong("tick:1", "MessageReceived 1: core 47 received 32 bytes from core 0, checksum 10912",
            "tick 1: no RCCE event from there on, and it does not end");
        assertEquals(expected, replay(PlantedBugs.ForgetsCl1invmbInTheSpin.class, 0));
        assertEquals(expected, replay(PlantedBugs.ForgetsTheFoolingStore.class, 0));
    }

    /** These mistakes show only in the checks' machines: 48 partners, 0 or odd sizes, stale lines the labs never leave. */
    @Test
    void theOtherPlantedMistakesRunBothLabsAsTheKitDoes() {
        for (Class<?> fixture : List.of(PlantedBugs.GetsWithoutCl1invmb.class, PlantedBugs.CopiesWholeDoublewords.class,
            PlantedBugs.SkipsZeroByteMessages.class, PlantedBugs.AssumesTwoCores.class, PlantedBugs.PeeksBeforeTheFlag.class,
            SolvedMessaging.class)) {
            assertEquals(Map.of(), grader.failures(MessagingLabs.checks(plugin(fixture))), fixture.getSimpleName());
        }
        assertEquals(null, replay(PlantedBugs.ReturnsBeforeTheLastReady.class, 1), "barrier-48 runs only the kit's barrier");
    }

    /** Reopened, the replay runs the ping-pong lab with the plug-in to its first MessageSent: core 47 has received nothing yet. */
    @Test
    void theReplayReopensWhereTheSendReturnedBeforeTheReceive(@TempDir Path folder) {
        Replay replay = replay(PlantedBugs.ReturnsBeforeTheLastReady.class, 0);
        Path file = folder.resolve("messaging-check9.json");
        ReplayFile.write(file, replay);
        Replay read = ReplayFile.read(file);
        assertEquals(replay, read);
        Scenario lab = ShippedLabs.load("ping-pong");
        assertEquals(lab.withKernel(lab.kernel().withMessaging("student")), read.scenario());
        assertEquals(List.of(0, 0), receivedBeforeTheFirstSend(read.scenario(), plugin(PlantedBugs.ReturnsBeforeTheLastReady.class)));
        assertEquals(List.of(1, 0), receivedBeforeTheFirstSend(read.scenario(), MessagingPlugins.KIT),
            "with the kit's, core 47 has the message when core 0's send returns");
    }

    /** Messages received by core 47 and core 0 when the run stops at MessageSent:1 as the debugger does. */
    private static List<Integer> receivedBeforeTheFirstSend(Scenario replayed, String plugin) {
        try (Session session = new Session(replayed.withKernel(replayed.kernel().withMessaging(plugin)))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.MessageSent, "MessageSent:1");
            long position = session.snapshot().position();
            List<TraceEntry> before = session.events(0, (int) position + 1);
            assertTrue(before.get(before.size() - 1).event() instanceof TraceEvent.MessageSent, before.toString());
            return List.of(47, 0).stream().map(core -> (int) before.stream()
                .filter(e -> e.core() == core && e.event() instanceof TraceEvent.MessageReceived).count()).toList();
        }
    }

    @Test
    void eachFailedCheckGetsTheLabsReplayUnderItsOwnName() {
        Replay lab = pingPong("MessageSent:1", "a", "b");
        GradeReport labs = GradeReport.of(MessagingLabs.NAME, "t", List.of(
            new CheckResult(CHECK, 1, 0, false, "differs", lab), new CheckResult("barrier", 1, 1, true, "")), "");
        GradeReport graded = MessagingLabs.withReplays(report(), () -> labs);
        assertEquals(null, graded.checks().get(0).replay());
        assertEquals(new Replay("messaging", "second", "ping-pong", Replay.Plugins.messaging("student"), "MessageSent:1",
            "a", "b"), graded.checks().get(1).replay());
        assertEquals("why", graded.checks().get(1).message());
    }

    @Test
    void withNoLabThatDiffersAFailedCheckSaysSoAndHasNoReplay() {
        GradeReport labs = GradeReport.of(MessagingLabs.NAME, "t", List.of(new CheckResult(CHECK, 1, 1, true, "")), "");
        GradeReport graded = MessagingLabs.withReplays(report(), () -> labs);
        assertEquals(null, graded.checks().get(1).replay());
        assertEquals("why\nno replay: no lab shows this mistake (ping-pong and barrier-48 run as with the kit's); the"
            + " check's own message above says what differed", graded.checks().get(1).message());
        assertEquals(10, graded.earned());
    }

    @Test
    void aGradingWithoutFailuresRunsNoLab() {
        GradeReport passed = GradeReport.of("messaging", "t", List.of(new CheckResult("first", 10, 10, true, "")), "");
        assertEquals(passed, MessagingLabs.withReplays(passed, () -> {
            throw new AssertionError("no lab runs for a grading that passed");
        }));
    }

    private static GradeReport report() {
        return GradeReport.of("messaging", "t", List.of(new CheckResult("first", 10, 10, true, ""),
            new CheckResult("second", 5, 0, false, "why")), "");
    }

    /**
     * A lab's run is bounded by its budget of machine operations, not by the clock: the child JVM
     * gets minutes per lab whatever the checks' limit, so a busy machine gives the same replay
     * (a stuck spin once ran past the checks' 30 s in a loaded build and wrote none).
     */
    @Test
    void theLabsGetMinutesWhateverTheChecksLimitSoABusyMachineGivesTheSameAnswer() {
        assertEquals(java.time.Duration.ofSeconds(180), MessagingLabs.forLabs(MessagingExercise.LIMITS).perCheck());
        assertEquals(MessagingExercise.LIMITS.heapMegabytes(), MessagingLabs.forLabs(MessagingExercise.LIMITS).heapMegabytes());
        eduscc.exercises.grading.Limits longer = MessagingExercise.LIMITS.withPerCheck(java.time.Duration.ofSeconds(600));
        assertEquals(longer, MessagingLabs.forLabs(longer), "a longer limit asked for stays");
    }
}
