package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuestRunTest {
    static final int LGUEST_DATA = 0x00500000;
    static final String HELLO = """
        bits 32
        org 0x00400000
        LGUEST_DATA equ 0x00500000
        start:
            mov eax, 1              ; LHCALL_LGUEST_INIT
            mov ebx, LGUEST_DATA
            int 0x1F
            mov esi, message
        .next:
            mov al, [esi]
            test al, al
            jz .done
            out 0xE9, al            ; ring 1: #GP, the host prints it
            inc esi
            jmp .next
        .done:
            mov eax, 2              ; LHCALL_SHUTDOWN
            mov ebx, goodbye
            mov ecx, 1
            int 0x1F
        message:
            db "hi", 10, 0
        goodbye:
            db "power off", 0
        """;

    @Test
    void aGuestPrintsThroughTheHostAndShutsDown() {
        try (Machine machine = GuestRun.runGuest(GuestRun.image("hello", HELLO))) {
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("[guest hello] hi\n[lguest] hello: shut down: power off after 6 exits, 2 hypercalls\n"),
                console);
        }
    }

    @Test
    void everyExitIsTracedWithItsReason() {
        try (Machine machine = GuestRun.runGuest(GuestRun.image("hello", HELLO))) {
            List<String> reasons = machine.trace().events(TraceEvent.GuestExit.class).stream().map(TraceEvent.GuestExit::reason)
                .toList();
            List<String> expected = new ArrayList<>();
            expected.add("page fault at 0x00400000");          // the first fetch: no shadow entry yet
            expected.add("hypercall LHCALL_LGUEST_INIT");
            expected.addAll(Collections.nCopies(3, "general protection"));   // 'h', 'i', newline
            expected.add("hypercall LHCALL_SHUTDOWN");
            assertEquals(expected, reasons);
            List<TraceEvent.GuestEnter> enters = machine.trace().events(TraceEvent.GuestEnter.class);
            assertEquals(new TraceEvent.GuestEnter("hello", GuestRun.LOAD, 1), enters.get(0));
            assertEquals(6, enters.size());
        }
    }

    /** switch_to_guest loads the guest's GDT, IDT, TSS and shadow CR3, then IRETs to ring 1; the way out undoes it. */
    @Test
    void aRoundTripSwapsTablesAndPageDirectoryBothWays() {
        try (Machine machine = GuestRun.runGuest(GuestRun.image("hello", HELLO))) {
            List<TraceEvent> trip = roundTrip(machine, 1);   // LHCALL_LGUEST_INIT
            List<TraceEvent.TableRegisterLoad> loads = of(trip, TraceEvent.TableRegisterLoad.class);
            assertEquals(List.of(
                    new TraceEvent.TableRegisterLoad("GDTR", 0, SwitcherLayout.GUEST_GDT, 255),
                    new TraceEvent.TableRegisterLoad("IDTR", 0, SwitcherLayout.GUEST_IDT, 2047),
                    new TraceEvent.TableRegisterLoad("TR", 0x28, SwitcherLayout.GUEST_TSS, 103),
                    new TraceEvent.TableRegisterLoad("GDTR", 0, 0x00110000, 511),
                    new TraceEvent.TableRegisterLoad("IDTR", 0, 0x00111000, 2047),
                    new TraceEvent.TableRegisterLoad("TR", 0x28, 0x00112000, 103)),
                loads);
            List<TraceEvent.ControlRegisterWrite> cr3 = of(trip, TraceEvent.ControlRegisterWrite.class);
            assertEquals(2, cr3.size());
            assertEquals(0x00C00000, cr3.get(0).oldValue(), "from the host's directory");
            assertEquals(cr3.get(0).newValue(), cr3.get(1).oldValue(), "to the shadow and back");
            assertEquals(0x00C00000, cr3.get(1).newValue());
            // into ring 1 on the guest's code segment (0x09: DPL 1, accessed: access byte 0xBB), and back to ring 0
            assertTrue(trip.contains(new TraceEvent.SegmentLoad("cs", 0x09, 0, -1, 0xBB)), trip.toString());
            assertEquals(List.of(1, 0), of(trip, TraceEvent.InterruptReturn.class).stream().map(TraceEvent.InterruptReturn::toCpl)
                .toList());
            TraceEvent.InterruptDelivered hypercall = of(trip, TraceEvent.InterruptDelivered.class).get(0);
            assertEquals(0x1F, hypercall.vector());
            assertEquals(1, hypercall.fromCpl());
            assertEquals(0, hypercall.toCpl());
        }
    }

    @Test
    void lguestInitFillsTheHostsFieldsOfLguestData() {
        try (Machine machine = GuestRun.runGuest(GuestRun.image("hello", HELLO))) {
            int data = GuestMemory.DEFAULT_BASE + LGUEST_DATA;
            assertEquals(4 << 20, machine.core(0).probePrivate(data + LguestData.RESERVE_MEM, 4));
            assertEquals(533_333, machine.core(0).probePrivate(data + LguestData.TSC_KHZ, 4));
            assertEquals(0xFF, machine.core(0).probePrivate(data + LguestData.HCALL_STATUS + 63, 1), "every ring slot done");
        }
    }

    @Test
    void theSameGuestGivesTheSameTrace() {
        long first;
        try (Machine machine = GuestRun.runGuest(GuestRun.image("hello", HELLO))) {
            first = machine.trace().hash();
        }
        try (Machine machine = GuestRun.runGuest(GuestRun.image("hello", HELLO))) {
            assertEquals(first, machine.trace().hash());
        }
    }

    /** The events of core 0 from the {@code n}th GuestEnter (0-based) to its GuestExit. */
    static List<TraceEvent> roundTrip(Machine machine, int n) {
        List<TraceEvent> trip = new ArrayList<>();
        int enters = -1;
        for (TraceEntry entry : machine.trace().forCore(0)) {
            if (entry.event() instanceof TraceEvent.GuestEnter) {
                enters++;
            }
            if (enters == n) {
                trip.add(entry.event());
                if (entry.event() instanceof TraceEvent.GuestExit) {
                    break;
                }
            }
        }
        return trip;
    }

    static <T extends TraceEvent> List<T> of(List<TraceEvent> events, Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
