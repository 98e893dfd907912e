package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lguest lab's guest, hello.asm: every exit in order, and what the virtio console prints. */
class ShippedHelloTest {
    @Test
    void everyExitOfTheLabsGuestInOrder() {
        try (Machine machine = GuestRun.runGuest(ShippedGuests.image("hello"))) {
            List<String> expected = new ArrayList<>();
            expected.add("page fault at 0x00400000");          // its first instruction
            expected.add("hypercall LHCALL_LGUEST_INIT");
            expected.add("page fault at 0x003FFFFC");          // the stack, at the first CALL
            expected.addAll(Collections.nCopies(18, "general protection"));   // "hello from ring 1\\n", byte by byte
            expected.add("page fault at 0x00800000");          // lguest's device page, read by the guest
            expected.add("page fault at 0x00800004");          // ... and written: read-only until DIRTY
            expected.add("hypercall LHCALL_NOTIFY");           // status DRIVER_OK
            expected.add("page fault at 0x00804000");          // the transmit ring's descriptors
            expected.add("page fault at 0x00805000");          // its available ring
            expected.add("hypercall LHCALL_NOTIFY");           // the kick: the whole line in one exit
            expected.add("page fault at 0x00600000");          // the untouched page
            expected.addAll(Collections.nCopies(3, "hypercall LHCALL_FLUSH_ASYNC"));
            expected.add("page fault at 0x00500058");          // lguest_data, written by the guest itself
            expected.add("hypercall LHCALL_FLUSH_ASYNC");      // runs the queued LHCALL_SEND_INTERRUPTS
            expected.add("hypercall LHCALL_SHUTDOWN");
            assertEquals(expected, machine.trace().events(TraceEvent.GuestExit.class).stream()
                .map(TraceEvent.GuestExit::reason).toList());
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("[guest hello] hello from ring 1\n"
                + "[lguest] hello: virtio console: the guest's driver is ready\n"
                + "[guest hello] and again through virtio: one exit for the line\n"
                + "[lguest] hello: shut down: power off after " + expected.size() + " exits, 8 hypercalls\n"), console);
        }
    }
}
