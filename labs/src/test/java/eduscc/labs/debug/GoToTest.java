package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** "Go to" a tick, a cycle or an event: the same place from anywhere, forward or back. */
class GoToTest {

    @Test
    void goToTickLandsOnTheFirstPositionOfThatTickFromAheadOrBehind() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.goToTick(0, 6);
            DebugSnapshot at = session.snapshot();
            assertEquals(6, at.kernels().get(0).tick());
            assertEquals(5, at.previousStep().kernels().get(0).tick(), "one step earlier tick 6 had not begun");
            session.runTo(1400, "test");
            session.goToTick(0, 6);
            assertEquals(at.position(), session.snapshot().position(), "the same position from further on");
        }
    }

    @Test
    void goToCycleStandsWithinOneOperationOfThatCycle() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            long cycle = 5_333_333L * 2 + 2000;
            session.goToCycle(cycle);
            long cycles = session.snapshot().machine().core(0).cycles();
            assertTrue(cycles <= cycle + 10_000 && cycles > cycle - 1_000_000, "core 0 at cycle " + cycles);
            assertEquals(2, session.snapshot().kernels().get(0).tick());
        }
    }

    @Test
    void goToEventStopsWhereNextEventWouldForThatEvent() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            for (int i = 0; i < 3; i++) {
                session.runUntil(e -> e.event() instanceof TraceEvent.TaskSwitch, "a task switch");
            }
            DebugSnapshot third = session.snapshot();
            long seq = third.trace().stream().filter(e -> e.event() instanceof TraceEvent.TaskSwitch)
                .reduce((a, b) -> b).orElseThrow().seq();
            session.runTo(1500, "test");
            session.goToEvent(seq);
            assertEquals(third.position(), session.snapshot().position(), "back at the third switch");
            session.reset();
            session.goToEvent(seq);
            assertEquals(third.position(), session.snapshot().position(), "forward to the third switch");
        }
    }
}
