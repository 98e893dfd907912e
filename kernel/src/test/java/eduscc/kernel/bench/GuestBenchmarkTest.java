package eduscc.kernel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.lguest.Launcher;
import eduscc.kernel.lguest.SwitcherPages;
import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CycleLedger;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuestBenchmarkTest {
    /**
     * The no-op hypercall round trip: deterministic, so exact. The guest's RDTSC window and the
     * host's exit-to-exit period differ by the guest's loop instructions; the period's parts add
     * up to it.
     */
    @Test
    void aNoOpHypercallRoundTripTakenApart() {
        GuestBenchmark.Result result = GuestBenchmark.hostGuestSwitch();
        assertEquals(100, result.inGuest().count());
        assertEquals(447, result.inGuest().median());
        LatencySamples periods = result.exitToExit().samples();
        assertEquals(99, periods.count());
        assertEquals(490, periods.median());
        Breakdown parts = result.exitToExit().medianBreakdown();
        assertEquals(List.of(CycleLedger.INT_DELIVERY, SwitcherPages.WAY_OUT, Launcher.HOST_PART, SwitcherPages.RUN_GUEST_ONCE,
            SwitcherPages.WAY_IN, Launcher.GUEST_PART), parts.components());
        assertEquals(490, parts.total());
    }

    /**
     * getpid from the guest kernel's ring 3 never leaves the guest: INT 0x80 reaches it through
     * the trap gate the host copied into the real IDT. So it costs what it costs natively, less
     * the one instruction the guest's entry.asm has patched: a NOP (1 cycle) where the native
     * isrsyscall has its STI (7).
     */
    @Test
    void getpidInTheGuestCostsWhatItCostsNativelyLessThePatchedSti() {
        long guest = GuestBenchmark.getpid();
        assertEquals(147, guest);
        assertEquals(ProcessBenchmark.getpid() - InstructionCosts.STI + InstructionCosts.NOP, guest);
    }

    /** A page fault in the guest's ring 3: the guest kernel's work plus the host's round trips. */
    @Test
    void aPageFaultInTheGuest() {
        assertEquals(416_363, GuestBenchmark.pageFault());
    }

    /**
     * fork, vfork and thread + join in the guest's ring 3: every process switch is a guest CR3
     * load, after which the pages the program and the kernel's stacks touch fault into the host
     * again (the user part of the shadow emptied), and each shadow page table the host builds is
     * 1,024 stores. vfork's child shares its parent's directory, yet each switch still empties
     * the user part: natively 8,784 cycles, here 26 times that.
     */
    @Test
    void processesInTheGuest() {
        assertEquals(1_043_567, GuestBenchmark.forkAndWait());
        assertEquals(228_972, GuestBenchmark.vforkAndWait());
        assertEquals(746_903, GuestBenchmark.threadCreateJoin());
    }
}
