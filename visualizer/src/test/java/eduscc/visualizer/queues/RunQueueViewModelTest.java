package eduscc.visualizer.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The run-queue view model on the scheduling lab: what it shows is what the kernel holds. */
class RunQueueViewModelTest {

    static void nextDecision(Session session) {
        assertFalse(session.finished(), "the lab ended before the decision the test waits for");
        session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
    }

    @Test
    void cellsListsAndBoxesEqualTheKernelSnapshotAtEveryDecision() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            DebugSnapshot previous = session.snapshot();
            for (int i = 0; i < 8; i++) {
                nextDecision(session);
                DebugSnapshot now = session.snapshot();
                KernelSnapshot k = now.kernels().get(0);
                RunQueueViewModel m = RunQueueViewModel.of(now, previous, 0);
                String at = "at decision " + (i + 1) + " (position " + now.position() + ")";
                assertEquals(32, m.cells().size());
                for (int bit = 0; bit < 32; bit++) {
                    assertEquals((k.prioBitmap() & (1 << bit)) != 0, m.cell(bit).lit(), "cell " + bit + " " + at);
                    assertEquals(bit == lastDecisionBsr(now), m.cell(bit).bsr(), "BSR marker on cell " + bit + " " + at);
                }
                assertEquals(31, m.cells().get(0).bit(), "bit 31 is drawn first, on the left");
                Map<Integer, List<String>> shown = new TreeMap<>();
                m.readyLists().forEach(l -> shown.put(l.priority(), l.tasks().stream().map(TaskChip::name).toList()));
                assertEquals(k.readyLists(), shown, "ready lists in FIFO order " + at);
                assertEquals(k.running(), m.running().name(), at);
                assertEquals(k.runningPriority(), m.runningPriority(), at);
                assertEquals(k.idle(), m.idle().name(), at);
                assertEquals(k.blocked(), m.blocked().stream().map(TaskChip::name).toList(), at);
                assertEquals(k.finished(), m.finished().stream().map(TaskChip::name).toList(), at);
                previous = now;
            }
        }
    }

    @Test
    void readyListsAreDrawnHighestPriorityFirst() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            nextDecision(session);
            RunQueueViewModel m = RunQueueViewModel.of(session.snapshot(), null, 0);
            List<Integer> priorities = m.readyLists().stream().map(ReadyList::priority).toList();
            assertEquals(List.of(16, 8, 1), priorities, "realtime runs; high, the normals and low wait");
            assertEquals("0x00010102", m.bitmapHex());
            assertTrue(m.bsrText().contains("now msb(prioBitmap) = 16"), m.bsrText());
        }
    }

    /** What BSR found in the bitmap the last SchedulerDecision on core 0 read, from the trace itself. */
    static int lastDecisionBsr(DebugSnapshot s) {
        for (int i = s.trace().size() - 1; i >= 0; i--) {
            if (s.trace().get(i).core() == 0 && s.trace().get(i).event() instanceof TraceEvent.SchedulerDecision d) {
                return d.prioBitmap() == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(d.prioBitmap());
            }
        }
        return -1;
    }

    @Test
    void theFirstDecisionIsExplainedWithTheBitmapItReadNotTheBitmapNow() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            nextDecision(session);
            RunQueueViewModel m = RunQueueViewModel.of(session.snapshot(), null, 0);
            DecisionExplained d = m.decision().orElseThrow();
            assertEquals(0x80010102, d.prioBitmap(), "tick 1 read bits 31, 16, 8 and 1; realtime has left list 31 since");
            assertEquals(31, d.bsr());
            assertEquals(31, d.chosenPriority());
            assertEquals("idle -> realtime (higher priority ready)", d.outcomeText());
            assertTrue(d.readText().contains("0x80010102 (bits 31, 16, 8, 1): BSR found 31"), d.readText());
            assertTrue(d.because().contains("realtime, first in list 31, takes the core from the idle task"), d.because());
            assertTrue(m.cell(31).bsr(), "the BSR marker sits on the bit the decision found, 31");
            assertFalse(m.cell(16).bsr(), "not on 16, the highest bit now, which only the next decision reads");
            assertTrue(m.bsrText().startsWith("last decision: msb(0x80010102) = 31"), m.bsrText());
        }
    }

    @Test
    void aPreemptionSaysWhichPrioritiesDecidedIt() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            while (!(session.snapshot().kernels().get(0).tick() == 6
                && DecisionExplained.last(session.snapshot().trace(), 0, session.snapshot().kernels().get(0))
                    .map(d -> d.to().equals("high")).orElse(false))) {
                nextDecision(session);
            }
            DecisionExplained d = RunQueueViewModel.of(session.snapshot(), null, 0).decision().orElseThrow();
            assertEquals(16, d.bsr());
            assertEquals("normal-a -> high (higher priority ready)", d.outcomeText());
            assertEquals("high (16) outranks normal-a (8): normal-a is preempted and goes to the tail of list 8 after"
                + " the switch", d.because());
        }
    }

    @Test
    void aSleepingTaskIsShownAsSleepingWithItsWakeTickNotAsBlocked() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            while (session.snapshot().kernels().get(0).sleeping().isEmpty()) {
                nextDecision(session);
            }
            DebugSnapshot s = session.snapshot();
            RunQueueViewModel m = RunQueueViewModel.of(s, null, 0);
            assertEquals(List.of(new TaskChip("realtime", false, "until tick 5")), m.sleeping(),
                "realtime sleeps 3 ticks from tick 2");
            assertFalse(m.blocked().stream().anyMatch(t -> t.name().equals("realtime")), "a sleeper is not 'blocked'");
            DecisionExplained d = m.decision().orElseThrow();
            assertEquals("realtime went to sleep until tick 5, so high, first in list 16, runs", d.because());
        }
    }

    @Test
    void theBitOfAnEmptiedListFlipsWhenHighTakesTheCore() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            DebugSnapshot previous = null;
            while (!"high".equals(session.snapshot().kernels().get(0).running())) {
                previous = session.snapshot();
                nextDecision(session);
            }
            RunQueueViewModel m = RunQueueViewModel.of(session.snapshot(), previous, 0);
            assertTrue(m.cell(16).flipped() && !m.cell(16).lit(), "list 16 emptied: bit 16 cleared and marked");
            assertEquals(1, m.cells().stream().filter(BitmapCell::flipped).count(), "only bit 16 flipped");
            assertTrue(m.changes().contains("bit 16 cleared"), m.changes().toString());
            assertTrue(m.running().moved(), "high moved from list 16 to the running box");
            assertTrue(m.changes().contains("high: ready at 16 -> running"), m.changes().toString());
            assertFalse(m.readyLists().stream().flatMap(l -> l.tasks().stream()).anyMatch(TaskChip::moved),
                "the tasks left waiting did not move");
        }
    }

    @Test
    void roundRobinSendsTheOldTaskToTheTailOfItsList() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            DebugSnapshot previous = session.snapshot();
            while (!("normal-a".equals(previous.kernels().get(0).running())
                && "normal-b".equals(session.snapshot().kernels().get(0).running()))) {
                previous = session.snapshot();
                nextDecision(session);
            }
            // the decision stops before the far JMP; finishTaskSwitch re-queues normal-a on normal-b's stack
            assertEquals("normal-a", session.snapshot().kernels().get(0).switchingOut());
            session.runUntil(e -> e.event() instanceof TraceEvent.ReadyQueueChange c && c.enqueued(), "finishTaskSwitch");
            RunQueueViewModel m = RunQueueViewModel.of(session.snapshot(), previous, 0);
            ReadyList eight = m.readyLists().stream().filter(l -> l.priority() == 8).findFirst().orElseThrow();
            TaskChip tail = eight.tasks().get(eight.tasks().size() - 1);
            assertEquals("normal-a", tail.name(), "normal-a gave up the core and waits at the tail of list 8");
            assertTrue(tail.moved(), "normal-a is highlighted");
            assertTrue(m.running().moved(), "normal-b is highlighted in the running box");
            assertEquals(0, m.cells().stream().filter(BitmapCell::flipped).count(), "list 8 never emptied");
        }
    }

    @Test
    void withoutAPreviousSnapshotNothingIsHighlighted() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            nextDecision(session);
            RunQueueViewModel m = RunQueueViewModel.of(session.snapshot(), null, 0);
            assertTrue(m.changes().isEmpty());
            assertFalse(m.cells().stream().anyMatch(BitmapCell::flipped));
            assertFalse(m.running().moved());
        }
    }

    @Test
    void beforeTheSchedulerStartsNothingRunsAndBsrFindsNothing() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            RunQueueViewModel m = RunQueueViewModel.of(session.snapshot(), null, 0);
            assertTrue(m.hasKernel());
            assertNull(m.running(), "no running task before the kernel creates its idle task");
            assertEquals(-1, m.bsr());
            assertTrue(m.bsrText().contains("nothing is ready"), m.bsrText());
        }
    }

    @Test
    void aCoreWithoutKernelSaysSoAndAMissingCoreIsAnError() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            RunQueueViewModel m = RunQueueViewModel.of(session.snapshot(), null, 5);
            assertFalse(m.hasKernel());
            assertTrue(m.changes().get(0).contains("core 5 runs no kernel"), m.changes().toString());
            DebugSnapshot snapshot = session.snapshot();
            var e = assertThrows(IllegalArgumentException.class, () -> RunQueueViewModel.of(snapshot, null, 48));
            assertTrue(e.getMessage().contains("core 48"), e.getMessage());
        }
    }
}
