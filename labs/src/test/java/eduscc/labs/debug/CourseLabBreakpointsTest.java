package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interrupts, syscalls and switch-side-by-side labs stop, when a lecturer presses F5 again and
 * again, once at each of their breakpoints, at the event its note describes, and then run to the end.
 */
class CourseLabBreakpointsTest {

    /** Every stop of a run to the lab's breakpoints: "core kind@cycle". */
    private static List<String> stops(String name) {
        Scenario lab = ShippedLabs.load(name);
        Breakpoints fromLab = Breakpoints.fromLab(lab);
        List<String> stops = new ArrayList<>();
        try (Session session = new Session(lab)) {
            while (true) {
                session.runToBreakpoints(fromLab);
                if (session.finished()) {
                    return stops;
                }
                assertTrue(stops.size() < lab.breakpoints().size(), name + " stops more often than it has breakpoints: " + stops);
                String note = lab.breakpoints().get(stops.size()).note();
                assertTrue(session.snapshot().status().contains(note), session.snapshot().status());
                TraceEntry e = session.snapshot().lastEvent();
                stops.add(e.core() + " " + e.event().kind() + "@" + e.time() / Clocks.TILE_533_UNITS);
            }
        }
    }

    @Test
    void theInterruptsLabStopsAfterTick1AtTick3sDeliveryAtTheHaltAndAtTick6() {
        List<String> stops = stops("interrupts");
        assertEquals(4, stops.size(), stops.toString());
        assertEquals(List.of("0 InterruptDelivered@17280792", "0 Halt@17282345", "0 SchedulerDecision@33273564"),
            stops.subList(1, 4));
        assertTrue(stops.get(0).startsWith("0 "), stops.get(0));
    }

    @Test
    void theSyscallsLabStopsAtHellosWriteAndWhenGetpidGetsTheCore() {
        assertEquals(List.of("0 SystemCall@7571046", "0 SchedulerDecision@7608649"), stops("syscalls"));
    }

    /**
     * The far JMP is one instruction that ends in the new task: the run stops at its boundary, where
     * pong's first event (the kernel's task entry) has come right after the TaskSwitch.
     */
    @Test
    void theSideBySideLabStopsAtCore0sJmpAndCore1sIretIntoPing() {
        assertEquals(List.of("0 JavaEntry@11947626", "1 InterruptReturn@17283281"), stops("switch-side-by-side"));
    }
}
