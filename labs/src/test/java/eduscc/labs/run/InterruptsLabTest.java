package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.Apic;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEvent.InterruptDelivered;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interrupts lab's narration quotes cycles; these are they. The APIC timer fires every
 * 5,333,333 cycles from the kernel's write of the initial count; a halted core takes the tick at
 * once, a computing one at the end of its machine operation (a 64th of a tick), so the deliveries
 * are periodic only while the core halts. The cycles are pinned (the cost model moves them; a
 * test is re-pinned together with the narration, never loosened).
 */
class InterruptsLabTest {
    private static final long PERIOD = Apic.countFor(100);

    @Test
    void theTimerFiresOnePeriodAfterTheKernelWritesTheInitialCount() {
        try (BootedLab booted = LabRunner.boot(ShippedLabs.load("interrupts"), ReadyQueuePlugins.get("kit"))) {
            booted.machine().run(2_000_000L * Clocks.TILE_533_UNITS);
            assertEquals(5_333_333, PERIOD);
            assertEquals(1_273_233 + PERIOD, booted.machine().core(0).apic().timerDeadline(),
                "the narration's tick 1: the count was written at cycle 1,273,233");
        }
    }

    @Test
    void aHaltedCoreTakesEachTickAtOnceAndAComputingCoreAtTheEndOfItsOperation() {
        List<LabTrace.At<InterruptDelivered>> ticks = LabTrace.of("interrupts").events(0, InterruptDelivered.class);
        assertEquals(List.of(6_607_059L, 11_945_508L, 17_280_792L, 22_606_664L, 27_939_997L, 33_273_330L, 38_607_395L),
            ticks.stream().map(LabTrace.At::cycle).toList(), "seven ticks, delivered where the narration says");
        assertTrue(ticks.stream().allMatch(t -> t.event().vector() == Idt.TIMER
            && t.event().gate().equals("32-bit interrupt gate") && t.event().fromCpl() == 0), ticks.toString());
        long fire1 = 1_273_233 + PERIOD;
        assertEquals(5_609, ticks.get(1).cycle() - (fire1 + PERIOD), "tick 2 waited for worker's operation to end");
        assertEquals(99, ticks.get(3).cycle() - (fire1 + 3 * PERIOD), "tick 4, halted: the delivery alone");
        assertEquals(PERIOD, ticks.get(4).cycle() - ticks.get(3).cycle(), "ticks 4 and 5 both find the core halted");
        assertEquals(PERIOD, ticks.get(5).cycle() - ticks.get(4).cycle());
    }

    @Test
    void workerSleepsOnTheTimerListFromTick3ToTick6() {
        RunReport report = LabRunner.run(ShippedLabs.load("interrupts"), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
        assertEquals(List.of(), report.failures());
        CoreRun core = report.core(0);
        assertEquals(List.of("1 idle -> worker", "3 worker -> idle", "6 idle -> worker", "7 worker -> idle"),
            core.switches().stream().map(s -> s.tick() + " " + s.from() + " -> " + s.to()).toList());
        assertEquals(7, core.ticks());
    }
}
