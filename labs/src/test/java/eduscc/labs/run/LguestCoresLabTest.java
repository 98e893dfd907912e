package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The lguest-cores lab: four hosts at once, each with its own Switcher and guest, none in the other's way. */
class LguestCoresLabTest {
    @Test
    void eachCoreRunsItsOwnGuestToItsEnd() {
        RunReport report = LabRunner.run(ShippedLabs.load("lguest-cores"), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(List.of(), report.failures());
        Map<Integer, String> endings = new TreeMap<>();
        for (CoreRun core : report.cores()) {
            endings.put(core.pid(), core.console().lines().filter(l -> l.contains("shut down")).findFirst().orElse(core.console()));
        }
        assertEquals(Map.of(
            0, "[lguest] hello: shut down: power off after 34 exits, 8 hypercalls",
            1, "[lguest] eduscc: shut down: (no message) after 171 exits, 68 hypercalls",
            10, "[lguest] eduscc: shut down: (no message) after 101 exits, 54 hypercalls",
            47, "[lguest] eduscc: shut down: (no message) after 109 exits, 56 hypercalls"), endings,
            "the same exits each guest makes alone (the lguest and lguest-fork labs, GuestProcessTest)");
        assertTrue(report.core(1).console().contains("[guest eduscc] parent: my counter is 1"));
    }

    /** getpid's 1,000 system calls reach the guest kernel through the trap gate in the real IDT: not one leaves the guest. */
    @Test
    void noSystemCallLeavesItsGuest() {
        try (Session session = new Session(ShippedLabs.load("lguest-cores"))) {
            session.runTo(Long.MAX_VALUE / 4, "the end");
            List<TraceEntry> entries = session.events(0, Integer.MAX_VALUE);
            long calls = entries.stream().filter(e -> e.core() == 10 && e.event() instanceof TraceEvent.SystemCall c
                && c.name().equals("getpid")).count();
            long exitsForThem = entries.stream().filter(e -> e.event() instanceof TraceEvent.GuestExit x && x.trapnum() == 0x80)
                .count();
            assertEquals(1_000, calls);
            assertEquals(0, exitsForThem);
        }
    }
}
