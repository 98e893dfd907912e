package eduscc.kernel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class JacobiBenchmarkTest {
    /** 200 sweeps of 900 inner points: the figure is deterministic, so exact. */
    @Test
    void oneInstanceNatively() {
        long cycles = JacobiBenchmark.nativeAlone();
        assertEquals(2_373_324, cycles, "200 timed sweeps of /bin/jacobi, timer at 100 Hz");
        assertTrue(cycles > 200 * 900 * 13, "at least the inner loop's 13 cycles per point: " + cycles);
    }

    /**
     * The paper's point: in the guest the solver costs what it costs natively, because its loop
     * makes no exit. The guest ran longer without any exit than the whole timed window (an exit
     * inside the window would have split it into two shorter stretches), and the two figures
     * differ by 101 cycles in 2.37 million.
     */
    @Test
    void oneInstanceInTheGuestMakesNoExitAndCostsWhatItCostsNatively() {
        JacobiBenchmark.GuestRun guest = JacobiBenchmark.guestAlone();
        assertEquals(2_373_425, guest.cycles());
        assertEquals(2_374_440, guest.longestExitFreeStretch(), "the window and the few instructions around it");
        assertTrue(guest.longestExitFreeStretch() >= guest.cycles(), "no exit inside the timed window");
        assertEquals(101, guest.cycles() - JacobiBenchmark.nativeAlone(), "guest minus native");
    }

    /**
     * Two instances at 1,000 Hz: twice the sweeps plus what sharing costs (the switches at the
     * ticks and the yields, the timer interrupts, the other's exit). Each is preempted several times.
     */
    @Test
    void twoInstancesNatively() {
        long cycles = JacobiBenchmark.nativeShared();
        assertEquals(4_797_566, cycles);
        assertEquals(50_918, cycles - 2 * JacobiBenchmark.nativeAlone(), "what sharing the core costs, 1.07 %");
    }

    /**
     * Two instances in the guest. Disabled on this branch: two tasks switching inside the guest
     * need the lead's fix on main (91faa96, the guest's kernel stack pinned in the shadow table);
     * without it the guest kernel's switch faults on its stack and the core panics. Measured with
     * that fix applied: 818,163 cycles (17 %) more than natively. The window holds 3 of the
     * guest's CR3 loads (two yields and the first instance's exit); after each, the host empties
     * its one shadow directory (about 99,000 cycles: 1,024 entries read) and rebuilds a shadow
     * table for each 4 MiB slot touched again (about 100,000 each: 1,024 entries zeroed); the
     * window's memory stalls are 792,548 cycles. And the two do not interleave in the guest: its
     * clock interrupt is held from its second tick on (lguest_data.irq_enabled stays 0 while
     * ring 3 runs), so the guest preempts neither; its 9 host-timer exits cost little.
     */
    @Test
    @Disabled("needs main 91faa96 (fork in the guest: kernel stacks pinned); enable after the merge")
    void twoInstancesInTheGuest() {
        JacobiBenchmark.GuestRun guest = JacobiBenchmark.guestShared();
        assertEquals(5_615_729, guest.cycles());
    }
}
