package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.x86.asm.Assembler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guest's clock (LHCALL_SET_CLOCKEVENT), LHCALL_HALT, and virtual interrupt delivery through IDT entry 32. */
class GuestClockTest {
    /**
     * The guest arms a 1 ms clock and halts; each clock interrupt prints a dot, counts, re-arms
     * and returns; after three it shuts down. Its handler checks the frame the host built: the
     * saved CS is the guest kernel's, and the saved EFLAGS carry IF (interrupts were on).
     */
    static final String TICKER = GuestTrapsTest.guest("""
                mov ebx, 32                     ; LHCALL_LOAD_IDT_ENTRY(32, low, high): IRQ 0
                mov ecx, tick
                and ecx, 0xFFFF
                or ecx, 0x00080000
                mov edx, tick
                and edx, 0xFFFF0000
                or edx, 0x8E00
                mov eax, 6
                int 0x1F
                mov dword [LGUEST_DATA], 512    ; irq_enabled
                mov eax, 9                      ; LHCALL_SET_CLOCKEVENT(1,000,000 ns)
                mov ebx, 1000000
                int 0x1F
            .idle:
                mov eax, 10                     ; LHCALL_HALT
                int 0x1F
                jmp .idle
            tick:
                cmp dword [esp + 4], 0x09       ; saved CS
                jne shutdown
                test dword [esp + 8], 0x200     ; saved EFLAGS.IF: the virtual flag was on
                jz shutdown
                mov esi, dot
                call print
                inc dword [count]
                cmp dword [count], 3
                je shutdown
                mov eax, 9
                mov ebx, 1000000
                int 0x1F
                mov dword [LGUEST_DATA], 512    ; what lguest_iret does: IF back on, then IRET
                iret
            dot:
                db ".", 0
            count:
                dd 0
            """);

    @Test
    void theGuestsClockWakesItThreeTimes() {
        try (Machine machine = GuestRun.run(1000, kernel -> kernel.createGuest("ticker", 8, GuestRun.image("ticker", TICKER),
                GuestRun.MEMORY))) {
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("[lguest] ticker: shut down: bye after"), console);
            assertEquals(3, machine.trace().events(TraceEvent.GuestExit.class).stream()
                .filter(e -> e.reason().equals("hypercall LHCALL_HALT")).count(), "one halt per tick");
            List<TraceEvent.GuestEnter> enters = machine.trace().events(TraceEvent.GuestEnter.class);
            int tick = Assembler.assemble("ticker.asm", TICKER).symbols().get("tick").intValue();
            // each of the three wake-ups enters at the handler, and the first once more: the host pushed the
            // frame onto the guest's stack through guest memory, so the handler's first read of the stack
            // page faults on the empty shadow and demand_page fills it
            assertEquals(4, enters.stream().filter(e -> e.eip() == tick).count());
        }
    }

    @Test
    void haltWithoutAClockKillsTheGuest() {
        try (Machine machine = GuestRun.runGuest(GuestRun.image("sleeper", GuestTrapsTest.guest("""
                mov eax, 10
                int 0x1F
            """)))) {
            assertTrue(machine.core(0).consoleText().contains(
                "killed: LHCALL_HALT with no interrupt that could wake it (no clock event armed)"), machine.core(0).consoleText());
        }
    }
}
