package eduscc.exercises.hypercalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.exercises.observing.CheckObservations;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the kit's dispatcher shows in the checks, worked out by hand from the handout: the values
 * every student's dispatcher is compared with.
 */
class ReferenceValuesTest {
    private static final List<ObservedCheck> CHECKS = HypercallsExercise.reference();

    private static List<String> seen(int check) {
        CheckObservations seen = CHECKS.get(check).observe(new Observer());
        assertNull(seen.threw(), CHECKS.get(check).name());
        return seen.values();
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(10, 10, 5, 15, 10, 5, 5, 10, 10, 10, 10), CHECKS.stream().map(ObservedCheck::points).toList());
    }

    /** Nothing before INIT; INIT passes EBX on; a call after it reaches its action. */
    @Test
    void lguestInitComesFirst() {
        assertEquals(List.of("nothing", "initialize(0x00412340)", "halt()"), seen(0));
    }

    /** LHCALL_SET_PGD's second argument is an index (767: the directory entry of 0xBFC00000), the rest are addresses. */
    @Test
    void thePageTableCallsPassTheirRegistersOn() {
        assertEquals(List.of("newPageTable(0x00A01000)", "flushTlb(false)", "flushTlb(true)",
            "setPte(0x00A01000, 0xBFFFF000, 0x00C23067)", "setPgd(0x00A01000, 767)"), seen(3));
    }

    /** The three queued calls, each marked after it ran, then the synchronous one. */
    @Test
    void theRingRunsFirstInSlotOrder() {
        assertEquals(List.of("setPte(0x00A01000, 0x08049000, 0x00C24065); markDone(0); setTaskSwitched(true); markDone(1);"
                + " setPgd(0x00A01000, 32); markDone(2); notifyDevice(0x00804000)", "nothing",
                "setClockEvent(5000000); markDone(3); halt(); markDone(4)"), seen(7));
    }

    /** 60 slots, then 60..63 and 0..3 (the status 1 in slot 4 stops the ring), then 4 and 5 before the flush. */
    @Test
    void theRingWrapsAndStopsAtASlotNotPending() {
        List<String> values = seen(8);
        assertEquals("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,"
            + " 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54,"
            + " 55, 56, 57, 58, 59]", values.get(1));
        assertEquals("[60, 61, 62, 63, 0, 1, 2, 3]", values.get(3));
        assertEquals(List.of("setClockEvent(4); halt()", "[4, 5]"), values.subList(4, 6));
    }

    /** The lguest lab's guest: 34 exits (the narration's count), and its shutdown message. */
    @Test
    void theLguestLabsGuestLeaves34Times() {
        List<String> values = seen(9);
        assertEquals(List.of("none", "every task done"), values.subList(0, 2));
        assertEquals("34", values.get(values.size() - 2));
        assertTrue(values.get(values.size() - 1).endsWith("[lguest] hello: shut down: power off after 34 exits, 8 hypercalls\n"),
            values.get(values.size() - 1));
    }

    @Test
    void theKitsKernelAsGuestForks() {
        assertEquals(List.of("none", "every task done", "[lguest] eduscc: virtio console: the guest's driver is ready",
            "[guest eduscc] child: my counter is 5", "[guest eduscc] parent: my counter is 1",
            "[lguest] eduscc: shut down: (no message) after N exits, M hypercalls"), seen(10));
    }
}
