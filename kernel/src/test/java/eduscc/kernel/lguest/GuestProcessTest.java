package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An x86 program in the guest kernel's ring 3: its system calls reach the guest directly, through a trap gate. */
class GuestProcessTest {
    @Test
    void aProgramRunsInTheGuestsRingThreeAndWritesThroughItsKernel() {
        GuestKernel guest = new GuestKernel("eduscc", GuestKernelTest.GUEST, ShippedPrograms.ramdisk(),
            k -> k.createProcess("hello", 8, "/bin/hello"));
        try (Machine machine = GuestRun.run(kernel -> kernel.createGuest("launcher", 8, guest, GuestKernelTest.RAM))) {
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("[guest eduscc] hello from ring 3, in an address space of my own\n"
                + "[lguest] eduscc: shut down: (no message) after 110 exits, 56 hypercalls\n"), console);
            assertTrue(machine.trace().events(TraceEvent.GuestExit.class).stream().noneMatch(e -> e.trapnum() == 0x80),
                "INT 0x80 goes straight to the guest kernel: a trap gate the host copied into the real IDT");
            assertTrue(machine.trace().events(TraceEvent.SystemCall.class).stream().anyMatch(c -> c.name().equals("write")));
        }
    }

    @Test
    void theGuestsEntryStubsHaveANopWhereTheNativeKernelTurnsInterruptsOn() {
        byte[] patched = GuestKernel.patchedEntryStubs();
        byte[] original = EntryStubs.assembly().bytes();
        int differences = 0;
        for (int i = 0; i < original.length; i++) {
            if (patched[i] != original[i]) {
                differences++;
                assertEquals((byte) 0xFB, original[i]);
                assertEquals((byte) 0x90, patched[i]);
                assertTrue(i + KernelLayout.HANDLERS > EntryStubs.address("isrsyscall"));
            }
        }
        assertEquals(1, differences);
    }

    /**
     * fork in the guest: the parent's pages become copy-on-write for both, the guest's device
     * page table (the kernel's, shared) is left out, and the switch to the child, which loads a
     * new CR3 and so empties the host's shadow tables, returns on a stack page that faults back
     * in (RET's pop is restarted like any operation's).
     */
    @Test
    void aProgramForksInTheGuest() {
        GuestKernel guest = new GuestKernel("eduscc", GuestKernelTest.GUEST, ShippedPrograms.ramdisk(),
            k -> k.createProcess("forkdemo", 8, "/bin/forkdemo"));
        try (Machine machine = GuestRun.run(kernel -> kernel.createGuest("launcher", 8, guest, GuestKernelTest.RAM))) {
            String console = machine.core(0).consoleText();
            assertEquals("""
                [lguest] eduscc: virtio console: the guest's driver is ready
                [guest eduscc] child: my counter is 5
                [guest eduscc] parent: my counter is 1
                [lguest] eduscc: shut down: (no message) after 172 exits, 68 hypercalls
                """, console);
            // forkdemo.asm's three copy-on-write faults, as the guest kernel resolved them: the host
            // reflected each with P set (the guest's own entry is present, only read-only).
            assertEquals(List.of("forkdemo copied", "forkdemo-child copied", "forkdemo-child taken over", "forkdemo taken over"),
                machine.trace().events(TraceEvent.PageFaultResolved.class).stream()
                    .filter(e -> !e.outcome().equals("zero-filled")).map(e -> e.task() + " " + e.outcome()).toList());
        }
    }
}
