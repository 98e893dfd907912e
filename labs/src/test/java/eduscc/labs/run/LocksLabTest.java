package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The locks lab tells the class what its run shows: the order in which the four cores hold
 * LOCK 0 (not by distance, not by waiting time), and core 23's consumer woken by the post but
 * running only at the next tick.
 */
class LocksLabTest {
    private static final List<TraceEntry> TRACE = new ArrayList<>();
    private static RunReport report;

    @BeforeAll
    static void runTheLab() {
        report = LabRunner.run(ShippedLabs.load("locks"), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        try (BootedLab lab = LabRunner.boot(ShippedLabs.load("locks"), ReadyQueueFactory.KIT)) {
            RunResult result = lab.machine().run(LabRunner.DEFAULT_UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            assertEquals(RunResult.Reason.ALL_IDLE, result.reason());
            lab.machine().trace().entries().forEach(TRACE::add);
        }
    }

    private static List<TraceEntry> lockChanges() {
        return TRACE.stream().filter(e -> e.event() instanceof TraceEvent.SpinlockChange c && c.lock().equals("LOCK 0"))
            .toList();
    }

    @Test
    void lockZeroGoesToCoresZeroOneFortySevenTwelveInTurn() {
        List<String> changes = lockChanges().stream()
            .map(e -> e.core() + (((TraceEvent.SpinlockChange) e.event()).acquired() ? " takes" : " frees")).toList();
        assertEquals(List.of("0 takes", "0 frees", "1 takes", "1 frees", "47 takes", "47 frees", "12 takes", "12 frees"),
            changes, "the narration at tick 2 names this order");
    }

    @Test
    void coreFortySevenLooksFirstAfterCoreOneFreesTheLock() {
        int release = TRACE.indexOf(lockChanges().get(3));
        List<Integer> looksAfter = TRACE.subList(release + 1, TRACE.size()).stream()
            .filter(e -> e.event() instanceof TraceEvent.MeshPacket p && p.toTile() == 0 && p.target().equals("CRB READ"))
            .map(TraceEntry::core).limit(1).toList();
        assertEquals(List.of(47), looksAfter, "after core 1's write, core 47's read reaches tile 0 before core 12's");
    }

    @Test
    void theConsumerRunsAtTheTickAfterThePost() {
        List<String> switches = report.core(23).switches().stream()
            .map(s -> "tick " + s.tick() + ": " + s.from() + " -> " + s.to() + " (" + s.reason() + ")").toList();
        assertEquals(List.of("tick 1: idle -> consumer (higher priority ready)", "tick 1: consumer -> producer (current blocked)",
            "tick 3: producer -> consumer (higher priority ready)", "tick 3: consumer -> producer (current finished)",
            "tick 3: producer -> idle (idle)"), switches);
        assertEquals("producer: working\nproducer: posted\nconsumer: got it\nproducer: done\n", report.core(23).console());
        assertEquals(List.of(), report.failures());
    }
}
