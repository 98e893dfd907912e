package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.Kernel;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.engine.RunResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 48-core lab against orderings worked out by hand from the lab file. Every core has normal
 * (priority 8, two slices) created first and own (priority 1 + pid mod 16, one slice) created
 * second, so there are three kinds of core:
 *
 * <pre>
 * own below 8 (pid mod 16 = 0..6, e.g. core 17, own 2):
 *   tick 1  idle -> normal      msb(0x104) = 8
 *   tick 3  normal -> own       normal's two slices are done, it exits; bit 8 clears, BSR finds 2
 *   tick 4  own -> idle         own's slice is done, it exits
 * own equal to 8 (pid mod 16 = 7, e.g. core 23): round robin in list 8
 *   tick 1  idle -> normal      created first, head of list 8
 *   tick 2  normal -> own       round robin: normal to the tail
 *   tick 3  own -> normal       round robin; normal's slice 1 is done when it runs again
 *   tick 4  normal -> own       round robin; own's slice is done: it exits
 *           own -> normal       normal's slice 2 is done: it exits
 *           normal -> idle
 * own above 8 (pid mod 16 = 8..15, e.g. core 26, own 11):
 *   tick 1  idle -> own         msb(0x900) = 11
 *   tick 2  own -> normal       own's slice is done, it exits
 *   tick 4  normal -> idle      normal's two slices are done
 * </pre>
 */
class MulticoreLabTest {
    private static RunReport report;

    @BeforeAll
    static void runTheLab() {
        report = LabRunner.run(ShippedLabs.load("multicore"), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { });
    }

    private static List<SchedulingLabTest.Ran> ordering(int pid) {
        return report.core(pid).switches().stream().map(s -> new SchedulingLabTest.Ran(s.to(), pid, s.tick())).toList();
    }

    private static List<SchedulingLabTest.Ran> ran(int pid, Object... taskThenTick) {
        List<SchedulingLabTest.Ran> list = new java.util.ArrayList<>();
        for (int i = 0; i < taskThenTick.length; i += 2) {
            list.add(new SchedulingLabTest.Ran((String) taskThenTick[i], pid, (Integer) taskThenTick[i + 1]));
        }
        return list;
    }

    /** The hand-computed ordering of any core, by the kind its pid gives it. */
    private static List<SchedulingLabTest.Ran> handComputed(int pid) {
        int own = 1 + pid % 16;
        if (own < 8) {
            return ran(pid, "normal", 1, "own", 3, "idle", 4);
        }
        if (own == 8) {
            return ran(pid, "normal", 1, "own", 2, "normal", 3, "own", 4, "normal", 4, "idle", 4);
        }
        return ran(pid, "own", 1, "normal", 2, "idle", 4);
    }

    @Test
    void core17RunsNormalFirstAndItsLowOwnTaskAtTickThree() {
        assertEquals(ran(17, "normal", 1, "own", 3, "idle", 4), ordering(17));
        assertEquals("0x00000104", report.core(17).decisions().get(0).prioBitmap(), "bits 8 and 2 at the first tick");
    }

    @Test
    void core23SharesPriorityEightAndTakesTurns() {
        assertEquals(ran(23, "normal", 1, "own", 2, "normal", 3, "own", 4, "normal", 4, "idle", 4), ordering(23));
    }

    @Test
    void core26RunsItsHigherOwnTaskFirst() {
        assertEquals(ran(26, "own", 1, "normal", 2, "idle", 4), ordering(26));
    }

    @Test
    void everyCoreRunsItsHandComputedOrderAndEndsAtTickFour() {
        assertEquals(48, report.cores().size(), "all 48 cores are released");
        assertEquals(List.of(), report.failures());
        assertEquals(RunReport.ALL_IDLE, report.ended(), "the lab ends by itself once every task is done");
        for (CoreRun core : report.cores()) {
            assertEquals(handComputed(core.pid()), ordering(core.pid()), "core " + core.pid());
            assertEquals(4, core.ticks(), "core " + core.pid() + " halts for good at tick 4");
        }
    }

    @Test
    void everyCoreIsInterruptedOnceByTheCoreBeforeIt() {
        Scenario lab = ShippedLabs.load("multicore");
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueueFactory.KIT)) {
            assertEquals(RunResult.Reason.ALL_IDLE, booted.machine().run().reason());
            for (Kernel kernel : booted.kernels().values()) {
                int sender = (kernel.pid() + 47) % 48;
                assertEquals(1, kernel.ipisReceived(), "core " + kernel.pid() + " receives one IPI");
                assertEquals(1L << sender, kernel.lastIpiSenders(), "core " + kernel.pid() + " learns the sender "
                    + sender + " from the GIC");
            }
        }
    }
}
