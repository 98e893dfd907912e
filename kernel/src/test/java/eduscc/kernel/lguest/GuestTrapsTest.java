package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** Traps the host reflects into the guest, and the guest mistakes lguest answers with death. */
class GuestTrapsTest {
    /** Starts a guest: LHCALL_LGUEST_INIT with lguest_data at 0x00500000, then {@code body}; PRINT prints ESI's string. */
    static String guest(String body) {
        return """
            bits 32
            org 0x00400000
            LGUEST_DATA equ 0x00500000
            start:
                mov eax, 1
                mov ebx, LGUEST_DATA
                int 0x1F
            """ + body + """
            print:                      ; the NUL-terminated string at ESI to the console
                mov al, [esi]
                test al, al
                jz .done
                out 0xE9, al
                inc esi
                jmp print
            .done:
                ret
            shutdown:
                mov eax, 2
                mov ebx, bye
                mov ecx, 1
                int 0x1F
            bye:
                db "bye", 0
            """;
    }

    static String run(String name, String source) {
        try (Machine machine = GuestRun.runGuest(GuestRun.image(name, source))) {
            return machine.core(0).consoleText();
        }
    }

    /**
     * The guest's own table does not map 0x10000000, so demand_page fails and the host reflects
     * the #PF through the gate the guest loaded: CR2 in lguest_data, the error code on the
     * guest's stack, and the virtual interrupt flag cleared (an interrupt gate).
     */
    @Test
    void aFaultTheGuestsTablesDoNotAllowIsReflectedIntoItsHandler() {
        String source = guest("""
                mov dword [LGUEST_DATA], 512    ; irq_enabled: the guest's interrupts on
                mov ebx, 14                     ; LHCALL_LOAD_IDT_ENTRY(14, low, high)
                mov ecx, page_fault
                and ecx, 0xFFFF
                or ecx, 0x00080000              ; selector 0x08
                mov edx, page_fault
                and edx, 0xFFFF0000
                or edx, 0x8E00                  ; present, 32-bit interrupt gate
                mov eax, 6
                int 0x1F
                mov eax, [0x10000000]           ; not mapped in the guest's tables
                jmp shutdown
            page_fault:
                cmp dword [LGUEST_DATA + 8], 0x10000000
                jne shutdown
                cmp dword [esp], 0              ; error code: not present, read, supervisor (ring 1)
                jne shutdown
                cmp dword [LGUEST_DATA], 0      ; irq_enabled cleared by the interrupt gate
                jne shutdown
                cmp dword [esp + 8], 0x09       ; the saved CS: the guest kernel's, ring 1
                jne shutdown
                mov esi, ok
                call print
                jmp shutdown
            ok:
                db "cr2, error code, IF and CS as the processor would give them", 10, 0
            """);
        try (Machine machine = GuestRun.runGuest(GuestRun.image("pf", source))) {
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("[guest pf] cr2, error code, IF and CS as the processor would give them\n"), console);
            assertTrue(machine.trace().events(TraceEvent.GuestExit.class).stream()
                .anyMatch(exit -> exit.reason().equals("page fault at 0x10000000")));
        }
    }

    @Test
    void aTrapWithoutAHandlerKillsTheGuestAndTheHostGoesOn() {
        String source = guest("""
                mov eax, 1
                mov ecx, 0
                div ecx                         ; #DE, and the guest has no handler
            """);
        try (Machine machine = GuestRun.run(kernel -> {
            kernel.createGuest("div", 8, GuestRun.image("div", source), GuestRun.MEMORY);
            kernel.scheduler().create("after", 4, () -> kernel.print("the host still runs\n"));
        })) {
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("[lguest] div: killed: trap 0 (error code 0x0) at 0x00400016, and it has no handler"
                + " for it after 3 exits, 1 hypercalls\n"), console);
            assertTrue(console.endsWith("the host still runs\n"), console);
        }
    }

    @Test
    void anUnknownHypercallKillsTheGuest() {
        String console = run("bad", guest("""
                mov eax, 99
                int 0x1F
            """));
        assertTrue(console.contains("[lguest] bad: killed: unknown hypercall 99 after"), console);
    }

    @Test
    void lguestInitMustComeFirst() {
        String console = run("early", """
            bits 32
            org 0x00400000
                mov eax, 10                     ; LHCALL_HALT
                int 0x1F
            """);
        assertTrue(console.contains("[lguest] early: killed: LHCALL_HALT before LHCALL_LGUEST_INIT after 2 exits"), console);
    }

    @Test
    void theGuestMayNotReplaceTheTssDescriptor() {
        String console = run("gdt", guest("""
                mov eax, 18                     ; LHCALL_LOAD_GDT_ENTRY(5, ...)
                mov ebx, 5
                mov ecx, 0
                mov edx, 0
                int 0x1F
            """));
        assertTrue(console.contains("killed: LHCALL_LOAD_GDT_ENTRY may not set GDT entry 5"), console);
    }

    /** HLT is privileged: from ring 1 it faults with #GP(0), which is not an IN or OUT, so it is the guest's. */
    @Test
    void aPrivilegedInstructionIsAGeneralProtectionFaultForTheGuest() {
        String console = run("hlt", guest("""
                hlt
            """));
        assertTrue(console.contains("killed: trap 13 (error code 0x0) at 0x0040000C, and it has no handler for it"), console);
    }

    @Test
    void inGivesAllOnes() {
        String console = run("in", guest("""
                mov eax, 0x12345678
                in al, 0x60
                cmp eax, 0x123456FF
                jne shutdown
                mov esi, ok
                call print
                jmp shutdown
            ok:
                db "IN: all ones", 10, 0
            """));
        assertTrue(console.contains("[guest in] IN: all ones\n"), console);
    }
}
