package eduscc.visualizer.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The grid's rows: one per released core, each read off that core's kernel and nothing else. */
class RunQueueGridModelTest {

    /** Runs to core {@code pid}'s first scheduler decision (its tick 1). */
    static void firstDecisionOn(Session session, int pid) {
        session.runUntil(e -> e.core() == pid && e.event() instanceof TraceEvent.SchedulerDecision,
            "core " + pid + "'s first scheduler decision");
    }

    @Test
    void everyReleasedCoreOfTheMulticoreLabHasARowInPidOrder() {
        try (Session session = new Session(ShippedLabs.load("multicore"))) {
            firstDecisionOn(session, 17);
            DebugSnapshot snapshot = session.snapshot();
            RunQueueGridModel grid = RunQueueGridModel.of(snapshot);
            assertTrue(RunQueueGridModel.appliesTo(snapshot), "48 kernels get a grid");
            assertEquals(IntStream.range(0, 48).boxed().toList(), grid.pids());
            for (CoreQueueRow row : grid.rows()) {
                KernelSnapshot k = snapshot.kernels().get(row.pid());
                assertEquals(k.prioBitmap(), row.prioBitmap(), "core " + row.pid());
                assertEquals(k.highestPriority(), row.bsr(), "core " + row.pid());
                assertEquals(k.running(), row.running(), "core " + row.pid());
            }
        }
    }

    @Test
    void core17RunsNormalWithOwnWaitingInListTwo() {
        try (Session session = new Session(ShippedLabs.load("multicore"))) {
            firstDecisionOn(session, 17);
            CoreQueueRow row = RunQueueGridModel.of(session.snapshot()).row(17);
            assertEquals("normal p8", row.runningText());
            assertEquals("0x00000004", row.bitmapHex(), "only own (2) is ready; the running task is in no list");
            assertTrue(row.lit(2));
            assertFalse(row.lit(8));
            assertEquals(2, row.bsr());
            assertEquals("ready p2:1", row.readyText());
            assertEquals("", row.waitingText());
        }
    }

    @Test
    void beforeItsFirstTickEveryCoreHasItsTwoTasksReady() {
        try (Session session = new Session(ShippedLabs.load("multicore"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.InterruptDelivered tick && tick.vector() == 123,
                "the first timer tick");
            RunQueueGridModel grid = RunQueueGridModel.of(session.snapshot());
            CoreQueueRow core26 = grid.row(26);
            assertEquals(0x900, core26.prioBitmap(), "bits 11 (own) and 8 (normal): " + core26.bitmapHex());
            assertEquals("ready p11:1 p8:1", core26.readyText(), "highest priority first");
            assertEquals("idle", core26.runningText(), "the idle task halts until the first tick");
        }
    }

    @Test
    void aLabWithOneKernelHasNoGrid() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            assertFalse(RunQueueGridModel.appliesTo(session.snapshot()));
        }
    }

    @Test
    void rowTextsSayWhatWaitsAndWhatIsDone() {
        Map<Integer, List<String>> lists = new TreeMap<>(Map.of(1, List.of("low"), 16, List.of("high", "high2")));
        KernelSnapshot k = new KernelSnapshot(5, 7, 0x10002, 16, new TreeMap<>(lists), "idle", 0, "idle",
            List.of("blocker"), List.of("a", "b"), "hardware");
        CoreQueueRow row = CoreQueueRow.of(5, k);
        assertEquals("ready p16:2 p1:1", row.readyText());
        assertEquals("1 blocked, 2 done", row.waitingText());
        assertEquals("idle", row.runningText(), "the idle task has no priority worth showing");
        CoreQueueRow notStarted = CoreQueueRow.of(3, new KernelSnapshot(-1, 0, 0, -1, new TreeMap<>(), "", 0, "",
            List.of(), List.of(), ""));
        assertEquals(3, notStarted.pid(), "the pid is the snapshot's key, not the kernel's -1 before MYTILEID");
        assertEquals("not started", notStarted.runningText());
        assertEquals("ready: none", notStarted.readyText());
    }
}
