package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
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
                + "[lguest] eduscc: shut down: (no message) after 109 exits, 56 hypercalls\n"), console);
            assertTrue(machine.trace().events(TraceEvent.GuestExit.class).stream().noneMatch(e -> e.trapnum() == 0x80),
                "INT 0x80 goes straight to the guest kernel: a trap gate the host copied into the real IDT");
            assertTrue(machine.trace().events(TraceEvent.SystemCall.class).stream().anyMatch(c -> c.name().equals("write")));
        }
    }

    /**
     * The guest's entry.asm differs from the native one at lguest's patch sites only: the STI in
     * isrsyscall is a NOP, switch_context's PUSHF and the IRETs of common_stub and common_switch
     * jump to paravirt.asm, which follows entry.asm's last byte.
     */
    @Test
    void theGuestsEntryStubsArePatchedWhereTheyTouchTheInterruptFlag() {
        ParavirtPatches patches = GuestKernel.patchedEntryStubs();
        byte[] patched = patches.bytes();
        byte[] original = EntryStubs.assembly().bytes();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < original.length; i++) {
            if (patched[i] != original[i]) {
                differences.add(String.format("%08X %02X>%02X", KernelLayout.HANDLERS + i, original[i] & 0xFF, patched[i] & 0xFF));
            }
        }
        int sti = EntryStubs.address("isrsyscall") + 0x12;
        int pushf = EntryStubs.address("switch_context") + 4;
        int stubReturn = EntryStubs.address("common_stub.iret") - 3;
        int switchReturn = EntryStubs.address("irq_handler") - 4;
        int saveFlags = patches.symbol("save_flags");
        int dropAndIret = patches.symbol("drop_and_iret");
        assertEquals(List.of(
            String.format("%08X 83>EB", stubReturn), String.format("%08X C4>%02X", stubReturn + 1, dropAndIret - stubReturn - 2),
            String.format("%08X 08>90", stubReturn + 2), String.format("%08X CF>90", stubReturn + 3),
            String.format("%08X FB>90", sti),
            String.format("%08X 9C>EB", pushf), String.format("%08X 0E>%02X", pushf + 1, saveFlags - pushf - 2),
            String.format("%08X 83>EB", switchReturn), String.format("%08X C4>%02X", switchReturn + 1, dropAndIret - switchReturn - 2),
            String.format("%08X 08>90", switchReturn + 2), String.format("%08X CF>90", switchReturn + 3)), differences);
        assertEquals(KernelLayout.HANDLERS + original.length, saveFlags, "paravirt.asm follows entry.asm");
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
                [lguest] eduscc: shut down: (no message) after 171 exits, 68 hypercalls
                """, console);
            // forkdemo.asm's three copy-on-write faults, as the guest kernel resolved them: the host
            // reflected each with P set (the guest's own entry is present, only read-only).
            assertEquals(List.of("forkdemo copied", "forkdemo-child copied", "forkdemo-child taken over", "forkdemo taken over"),
                machine.trace().events(TraceEvent.PageFaultResolved.class).stream()
                    .filter(e -> !e.outcome().equals("zero-filled")).map(e -> e.task() + " " + e.outcome()).toList());
        }
    }
}
