package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Going back from a replica lands in exactly the state a re-run from the boot reaches: the same
 * registers, kernels, kernel stacks and trace hash ({@link PositionStateProperty}), and the same
 * step before. The reference is a session without replicas, which re-runs from the boot.
 */
class ReplicaSessionTest {
    /**
     * Rungs close enough for the scheduling lab's first couple of thousand boundaries. Each test
     * makes one move forward from the boot before it waits for the ladder, so the replicas stand
     * exactly 5, 60, 400 and 1000 boundaries behind. A "go to" target lies between 60 and 400
     * behind: the move runs from the replica 400 behind to find where it lands, and a cycle or a
     * tick then needs the one 1000 behind for the step before it.
     */
    private static final ReplicaLadder SHORT = new ReplicaLadder(5, 60, 400, 1000);
    private static final Scenario LAB = ShippedLabs.load("scheduling");
    /** The boot's page tables take some 16,800 boundaries; the positions below count from there. */
    private static final long BOOT = 16_800;

    @Test
    void stepBackFromAReplicaEqualsAReRunFromTheBoot() {
        try (Session session = new Session(LAB, SHORT); Session reference = new Session(LAB, ReplicaLadder.NONE)) {
            session.runTo(BOOT + 1500, "test");
            session.awaitReplicas();
            session.stepBack();
            assertTrue(session.rewoundFrom() >= BOOT + 1495 - 4 * 5, "from the replica a few boundaries behind, not the boot: "
                + session.rewoundFrom());
            reference.runTo(BOOT + 1499, "reference");
            assertSameState(reference.snapshot(), session.snapshot(), "step back from " + (BOOT + 1500));
        }
    }

    @Test
    void goToCycleFromAReplicaEqualsAReRunFromTheBoot() {
        try (Session session = new Session(LAB, SHORT); Session reference = new Session(LAB, ReplicaLadder.NONE)) {
            reference.runTo(BOOT + 1400, "reference");
            long cycle = reference.snapshot().machine().core(0).cycles();
            session.runTo(BOOT + 1600, "test");
            session.awaitReplicas();
            session.goToCycle(cycle);
            assertEquals(BOOT + 600, session.rewoundFrom(), "the step before from the replica 1000 behind");
            reference.goToCycle(cycle);
            assertSameState(reference.snapshot(), session.snapshot(), "go to cycle " + cycle);
        }
    }

    @Test
    void goToEventFromAReplicaEqualsAReRunFromTheBoot() {
        try (Session session = new Session(LAB, SHORT); Session reference = new Session(LAB, ReplicaLadder.NONE)) {
            reference.runTo(BOOT + 1400, "reference");
            long seq = reference.snapshot().trace().get(reference.snapshot().trace().size() - 1).seq();
            session.runTo(BOOT + 1600, "test");
            session.awaitReplicas();
            session.goToEvent(seq);
            assertEquals(BOOT + 1200, session.rewoundFrom(), "from the replica 400 behind");
            reference.goToEvent(seq);
            assertSameState(reference.snapshot(), session.snapshot(), "go to event #" + seq);
        }
    }

    @Test
    void goToTickFromAReplicaEqualsAReRunFromTheBoot() {
        try (Session session = new Session(LAB, SHORT); Session reference = new Session(LAB, ReplicaLadder.NONE)) {
            reference.goToTick(0, 3);
            long tickThree = reference.snapshot().position();
            session.runTo(tickThree + 200, "test");
            session.awaitReplicas();
            session.goToTick(0, 3);
            assertEquals(tickThree + 200 - 1000, session.rewoundFrom(), "the step before from the replica 1000 behind");
            assertEquals(tickThree, session.snapshot().position());
            assertSameState(reference.snapshot(), session.snapshot(), "go to tick 3");
        }
    }

    @Test
    void previousEventLandsWhereStepsForwardFromTheBootStopped() {
        Predicate<TraceEntry> kind = e -> e.event() instanceof TraceEvent.InterruptDelivered;
        try (Session session = new Session(LAB, SHORT); Session reference = new Session(LAB, ReplicaLadder.NONE)) {
            // the oracle: "next event" from the boot, stop by stop, up to the position we go back from
            long previous = 0;
            while (true) {
                reference.runUntil(kind, "an interrupt");
                if (reference.snapshot().position() >= BOOT + 1800 || reference.finished()) {
                    break;
                }
                previous = reference.snapshot().position();
            }
            assertTrue(previous > 0, "the lab delivers an interrupt before boundary " + (BOOT + 1800));
            long here = reference.snapshot().position();
            session.runTo(here, "test");
            session.awaitReplicas();
            session.backUntil(kind, "interrupt");
            assertEquals(previous, session.snapshot().position(), "the last stop of 'next interrupt' before " + here);
            assertTrue(session.rewoundFrom() > 0, "from a replica");
            reference.runTo(previous, "reference");
            assertSameState(reference.snapshot(), session.snapshot(), "previous interrupt before " + here);
        }
    }

    @Test
    void previousEventBeforeTheTraceWindowIsFoundFromAReplicaAsByAReRun() {
        // Two tasks taking turns at 10 kHz: some 100,000 events by boundary 900,000, so event
        // #20,000 lies before the 50,000-event window, and only a run forward can find it again.
        Scenario turns = eduscc.labs.scenario.ScenarioReader.parse("turns.json", """
            {"name": "turns", "description": "two tasks take turns at every tick of a 10 kHz timer",
             "machine": {"cores": [0]}, "kernel": {"timerFreq": 10000},
             "cores": [{"pid": 0, "tasks": [
               {"name": "a", "priority": 8, "steps": [{"type": "slices", "count": 100000}]},
               {"name": "b", "priority": 8, "steps": [{"type": "slices", "count": 100000}]}]}]}
            """);
        Predicate<TraceEntry> twentyThousandth = e -> e.seq() == 20_000;
        try (Session session = new Session(turns, new ReplicaLadder(1000, 800_000));
             Session reference = new Session(turns, ReplicaLadder.NONE)) {
            session.runTo(900_000, "test");
            assertTrue(session.snapshot().trace().get(0).seq() > 20_000, "the window has dropped event #20,000");
            session.awaitReplicas();
            long boots = session.boots();
            session.backUntil(twentyThousandth, "event #20,000");
            assertEquals(boots + 1, session.boots(), "the search ran from the replica 800,000 behind, which had not"
                + " yet recorded the event; only the run to the stop before it had to boot");
            reference.runTo(900_000, "reference");
            long referenceBoots = reference.boots();
            reference.backUntil(twentyThousandth, "event #20,000");
            assertEquals(referenceBoots + 2, reference.boots(), "without replicas: a search and a run, both from the boot");
            assertSameState(reference.snapshot(), session.snapshot(), "previous event #20,000");
        }
    }

    @Test
    void backOneLineFromReplicasEqualsAReRunFromTheBoot() {
        try (Session session = new Session(LAB, SHORT); Session reference = new Session(LAB, ReplicaLadder.NONE)) {
            session.runTo(BOOT + 1500, "test");
            session.awaitReplicas();
            reference.runTo(BOOT + 1500, "reference");
            for (int i = 1; i <= 3; i++) {
                session.backLine(0);
                reference.backLine(0);
                assertSameState(reference.snapshot(), session.snapshot(), "back one line, number " + i);
            }
            assertTrue(session.snapshot().position() < BOOT + 1500);
        }
    }

    @Test
    void aStretchOfStepsBackThatExhaustsTheReplicasStillLandsOnTheReRunsStates() {
        try (Session session = new Session(LAB, SHORT); Session reference = new Session(LAB, ReplicaLadder.NONE)) {
            session.runTo(1000, "test");
            session.awaitReplicas();
            boolean fromReplica = false;
            for (int i = 1; i <= 12; i++) {
                session.stepBack();
                // taking a replica of the farthest rung, or booting again: the ladder is used up
                fromReplica |= session.rewoundFrom() > 0;
                reference.runTo(1000 - i, "reference");
                assertSameState(reference.snapshot(), session.snapshot(), "step back number " + i);
            }
            assertTrue(fromReplica, "some steps back came from a replica");
            assertEquals(988, session.snapshot().position());
            session.awaitReplicas();
            assertEquals(3, session.replicaPositions().size(), "the rung 1000 behind 988 would lie before the boot; the worker built the ladder again: " + session.replicaPositions());
        }
    }

    @Test
    void closingTheSessionEndsTheReplicaWorker() {
        java.util.Set<Thread> before = replicaWorkers();
        try (Session session = new Session(LAB, SHORT)) {
            session.runTo(800, "test");
            session.awaitReplicas();
            assertEquals(java.util.List.of(400L, 740L, 795L), session.replicaPositions(), "none 1000 behind 800");
            assertEquals(1, replicaWorkers().size() - before.size(), "the session's own worker");
        }
        java.util.Set<Thread> after = replicaWorkers();
        after.removeAll(before);
        assertTrue(after.isEmpty(), "a replica worker outlived its session: " + after);
    }

    private static java.util.Set<Thread> replicaWorkers() {
        java.util.Set<Thread> workers = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("eduscc-replicas-") && t.isAlive()) {
                workers.add(t);
            }
        }
        return workers;
    }

    private static void assertSameState(DebugSnapshot expected, DebugSnapshot actual, String move) {
        PositionStateProperty want = PositionStateProperty.of(expected);
        PositionStateProperty got = PositionStateProperty.of(actual);
        assertEquals(want.position(), got.position(), move + ": position");
        if (!want.equals(got)) {
            fail(move + ": via a replica the state differs from a re-run from the boot: " + want.firstDifference(got));
        }
        assertEquals(expected.machine().traceHash(), actual.machine().traceHash(), move + ": trace hash");
        PositionStateProperty wantBefore = PositionStateProperty.of(expected.previousStep());
        PositionStateProperty gotBefore = PositionStateProperty.of(actual.previousStep());
        if (!wantBefore.equals(gotBefore)) {
            fail(move + ": the step before differs: " + wantBefore.firstDifference(gotBefore));
        }
    }
}
