package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On 48 cores most are idle in HLT at any moment. A stop at an event, a stop on a time limit and a
 * fresh run to the same position must leave every idle core at the same local time: the engine
 * only stops at a boundary, and entering HLT is one.
 */
class IdleCoreTimeTest {

    @Test
    void aStopAtTheFourthHaltAndARerunThereAgreeOnEveryCoresTime() {
        DebugSnapshot atEvent;
        try (Session session = new Session(ShippedLabs.load("multicore"))) {
            for (int i = 0; i < 4; i++) {
                session.runUntil(e -> e.event() instanceof TraceEvent.Halt, "a HLT");
            }
            atEvent = session.snapshot();
        }
        assertTrue(halted(atEvent.machine().cores()) >= 2, "several cores idle at the fourth HLT");
        try (Session session = new Session(ShippedLabs.load("multicore"))) {
            session.runTo(atEvent.position(), "test");
            assertSameCores(atEvent.machine().cores(), session.snapshot().machine().cores());
        }
    }

    @Test
    void goingToACycleAndARerunToItsPositionAgreeOnEveryCoresTime() {
        DebugSnapshot atCycle;
        try (Session session = new Session(ShippedLabs.load("multicore"))) {
            session.goToCycle(2_000_000);
            atCycle = session.snapshot();
        }
        assertTrue(halted(atCycle.machine().cores()) >= 2, "several cores idle at cycle 2 000 000, after the boot");
        try (Session session = new Session(ShippedLabs.load("multicore"))) {
            session.runTo(atCycle.position(), "test");
            assertSameCores(atCycle.machine().cores(), session.snapshot().machine().cores());
        }
    }

    private static long halted(List<CoreSnapshot> cores) {
        return cores.stream().filter(c -> c.state() == CoreState.HALTED).count();
    }

    private static void assertSameCores(List<CoreSnapshot> first, List<CoreSnapshot> again) {
        for (int pid = 0; pid < first.size(); pid++) {
            assertEquals(first.get(pid).state(), again.get(pid).state(), "core " + pid + "'s state");
            assertEquals(first.get(pid).time(), again.get(pid).time(), "core " + pid + "'s local time");
            assertEquals(first.get(pid), again.get(pid), "core " + pid);
        }
    }
}
