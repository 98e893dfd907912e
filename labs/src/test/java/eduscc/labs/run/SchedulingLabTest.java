package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.KernelPart;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduling lab against an ordering worked out by hand from the lab file and eduOS's rules
 * (highest priority first by BSR; round robin at equal priority on the tick; a woken task waits
 * for the next tick; a blocked, sleeping or finished task hands over at once). Every slice ends
 * with exactly one tick, so the tick at which each task gets the core follows from the steps:
 *
 * <pre>
 * tick  1  idle -> realtime   31 is the highest bit (created last, runs first); 1 slice
 * tick  2  realtime keeps (31 > 16), then sleeps 3 (wakes at 5) -> high; 1 slice
 * tick  3  high keeps (16 > 8), then blocks -> normal-a (first in list 8); 1 slice
 * tick  4  round robin: normal-a -> normal-b (normal-a to the tail); normal-b starts 3 slices
 * tick  5  realtime wakes: 31 > 8 preempts normal-b (slice 1 of 3 done); realtime prints,
 *          exits -> normal-a (head of list 8: [normal-a, normal-b]); wakes high; 2 slices
 * tick  6  16 > 8: high preempts normal-a (slice 1 of 2 done); 1 slice
 * tick  7  high keeps, exits -> normal-b (list 8: [normal-b, normal-a]); slice 2 of 3
 * tick  8  round robin -> normal-a, slice 2 of 2
 * tick  9  round robin -> normal-b, slice 3 of 3
 * tick 10  round robin -> normal-a: sleeps 2 (wakes at 12) -> normal-b: exits -> low (bit 1); 2 slices
 * tick 11  low keeps (nothing else ready)
 * tick 12  normal-a wakes: 8 > 1 preempts low (slice 2 of 2 done); 1 slice
 * tick 13  normal-a keeps, exits -> low: exits -> idle; every task finished, the core halts
 * </pre>
 */
class SchedulingLabTest {
    /** Who got core 0 at which tick. */
    record Ran(String task, int core, long tick) {
        @Override
        public String toString() {
            return task + "@" + core + ":" + tick;
        }
    }

    static final List<Ran> HAND_COMPUTED = List.of(
        new Ran("realtime", 0, 1), new Ran("high", 0, 2), new Ran("normal-a", 0, 3), new Ran("normal-b", 0, 4),
        new Ran("realtime", 0, 5), new Ran("normal-a", 0, 5), new Ran("high", 0, 6), new Ran("normal-b", 0, 7),
        new Ran("normal-a", 0, 8), new Ran("normal-b", 0, 9), new Ran("normal-a", 0, 10), new Ran("normal-b", 0, 10),
        new Ran("low", 0, 10), new Ran("normal-a", 0, 12), new Ran("low", 0, 13), new Ran("idle", 0, 13));

    static List<Ran> ordering(RunReport report) {
        return report.cores().stream().flatMap(c -> c.switches().stream().map(s -> new Ran(s.to(), c.pid(), s.tick())))
            .toList();
    }

    private static RunReport run(String switchMode) {
        Scenario lab = ShippedLabs.load("scheduling");
        lab = lab.withKernel(lab.kernel().withSwitch(switchMode));
        return LabRunner.run(lab, LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
    }

    @Test
    void hardwareSwitchingRunsTheHandComputedOrder() {
        RunReport report = run(KernelPart.HARDWARE);
        assertEquals(HAND_COMPUTED, ordering(report));
        assertEquals(List.of(), report.failures());
        assertEquals(RunReport.ALL_IDLE, report.ended(), "the lab ends by itself once its tasks are done");
        assertEquals(13, report.core(0).ticks());
        assertTrue(report.core(0).tasks().stream().filter(t -> t.priority() > 0)
            .allMatch(t -> t.state().equals("FINISHED")), report.core(0).tasks().toString());
    }

    @Test
    void softwareSwitchingRunsTheSameOrder() {
        assertEquals(HAND_COMPUTED, ordering(run(KernelPart.SOFTWARE)));
    }

    @Test
    void softwareSwitchingIsWhatTheKernelDid() {
        assertEquals("software", run(KernelPart.SOFTWARE).core(0).contextSwitch());
    }

    @Test
    void decisionsGiveTheirReasons() {
        List<CoreRun.Switch> switches = run(KernelPart.HARDWARE).core(0).switches();
        assertEquals(List.of("higher priority ready", "current blocked", "current blocked", "round robin",
            "higher priority ready", "current finished", "higher priority ready", "current finished", "round robin",
            "round robin", "round robin", "current blocked", "current finished", "higher priority ready",
            "current finished", "idle"), switches.stream().map(CoreRun.Switch::reason).toList());
    }

    @Test
    void theConsoleShowsEachTasksPrintsInRunOrder() {
        String console = run(KernelPart.HARDWARE).core(0).console();
        assertTrue(console.startsWith("realtime: created last, run first\nrealtime: sleeping for 3 ticks\n"), console);
        assertTrue(console.endsWith("normal-a: done\nlow: done\n"), console);
    }
}
