package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * Every snapshot carries the state one boundary earlier in the run, whatever command led to it,
 * so "changed since the last step" compares with the run and not with what was shown before.
 */
class PreviousStepTest {

    @Test
    void afterNextEventTheStepBeforeIsTheStateOneBoundaryEarlier() {
        try (Session session = new Session(ShippedLabs.load("scheduling"));
             Session reference = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "a task switch");
            session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "a task switch");
            DebugSnapshot now = session.snapshot();
            reference.runTo(now.position() - 1, "test");
            assertStepBefore(reference.snapshot(), now);
        }
    }

    /**
     * On many cores a stop at an event leaves some cores idling past their last boundary; the
     * re-run to the step before must come back to the same position, not run on to the time the
     * stop had reached (that ran 14 boundaries further on the multicore lab and was reported as
     * "the run is not deterministic").
     */
    @Test
    void onFortyEightCoresTheStepBeforeAnInterruptIsFoundAgain() {
        try (Session session = new Session(ShippedLabs.load("multicore"));
             Session reference = new Session(ShippedLabs.load("multicore"))) {
            for (int i = 0; i < 5; i++) {
                session.runUntil(e -> e.event() instanceof TraceEvent.Ipi, "an inter-core interrupt");
            }
            DebugSnapshot now = session.snapshot();
            reference.runTo(now.position() - 1, "test");
            assertStepBefore(reference.snapshot(), now);
        }
    }

    @Test
    void afterAStepBackTheStepBeforeIsOneEarlierStillNotWhereTheLecturerCameFrom() {
        try (Session session = new Session(ShippedLabs.load("scheduling"));
             Session reference = new Session(ShippedLabs.load("scheduling"))) {
            session.runTo(940, "test");
            session.stepBack();
            reference.runTo(938, "test");
            assertEquals(939, session.snapshot().position());
            assertStepBefore(reference.snapshot(), session.snapshot());
        }
    }

    @Test
    void aRunInChunksGetsItsStepBeforeWhenItSettles() {
        try (Session session = new Session(ShippedLabs.load("boot"));
             Session reference = new Session(ShippedLabs.load("boot"))) {
            session.runChunk();
            session.settle();
            reference.runTo(session.snapshot().position() - 1, "test");
            assertStepBefore(reference.snapshot(), session.snapshot());
        }
    }

    @Test
    void theStartHasNoStepBefore() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            assertNull(session.snapshot().previousStep());
            session.step();
            assertEquals(0, session.snapshot().previousStep().position());
        }
    }

    private static void assertStepBefore(DebugSnapshot expected, DebugSnapshot now) {
        DebugSnapshot before = now.previousStep();
        assertNotNull(before, "a step before position " + now.position());
        assertEquals(now.position() - 1, before.position());
        assertEquals(expected.machine(), before.machine(), "the machine one boundary earlier");
        assertEquals(expected.kernels(), before.kernels(), "the kernels one boundary earlier");
        assertNull(before.previousStep(), "no chain of steps");
    }
}
