package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** A HLT ends at a boundary: the position after it names the halted core, however one gets there. */
class HaltPositionTest {

    @Test
    void stepAndBackFromAHaltReturnsTheHaltedState() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.Halt, "a HLT");
            DebugSnapshot atHalt = session.snapshot();
            int halted = atHalt.stopEvent() == null ? 0 : atHalt.stopEvent().entry().core();
            session.step();
            session.stepBack();
            DebugSnapshot back = session.snapshot();
            assertEquals(atHalt.position(), back.position());
            assertEquals(CoreState.HALTED, back.machine().core(halted).state(),
                "back at the position of the HLT, core " + halted + " is halted as it was when the run stopped there");
            assertEquals(atHalt.machine(), back.machine(), "registers, times, trace: all as first seen at this position");
            assertEquals(atHalt.kernels(), back.kernels());
        }
    }
}
