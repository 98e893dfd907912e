package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.arch.Idt;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lguest-fork lab: the kit's kernel as the guest runs forkdemo, and each copy-on-write fault
 * makes lguest's three round trips (facts C.5). Read from the trace as a student reads it in the
 * debugger: the exits around each fault the guest kernel resolved.
 */
class LguestForkLabTest {
    /** The error code's U/S and W/R bits: a write from ring 3 (P may be either: the shadow may not have the page yet). */
    private static final int USER_WRITE = 6;

    private static List<TraceEvent> run() {
        try (Session session = new Session(ShippedLabs.load("lguest-fork"))) {
            session.runTo(Long.MAX_VALUE / 4, "the end");
            return session.events(0, Integer.MAX_VALUE).stream().map(TraceEntry::event)
                .filter(e -> e instanceof TraceEvent.GuestExit || e instanceof TraceEvent.PageFaultResolved
                    || e instanceof TraceEvent.GuestInterrupt).toList();
        }
    }

    /**
     * For each resolved fault: the user write that first left the guest for it, the hypercall
     * just before the resolution, and the exit right after it, as "trips" in a line.
     */
    @Test
    void eachCopyOnWriteFaultIsThreeRoundTrips() {
        List<TraceEvent> events = run().stream().filter(e -> !(e instanceof TraceEvent.GuestInterrupt)).toList();
        List<String> trips = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof TraceEvent.PageFaultResolved resolved) {
                String at = String.format("0x%08X", resolved.linearAddress() & 0xFFFFF000);
                TraceEvent.GuestExit hypercall = (TraceEvent.GuestExit) events.get(i - 1);
                TraceEvent.GuestExit again = (TraceEvent.GuestExit) events.get(i + 1);
                trips.add(resolved.task() + " " + resolved.outcome() + " " + at + ": " + firstUserWrite(events, i, resolved)
                    + ", " + hypercall.reason() + ", " + again.reason().replaceAll("(0x[0-9A-F]{5})[0-9A-F]{3}", "$1000")
                    + " (error code " + again.errorCode() + ")");
            }
        }
        assertEquals(List.of(
            "forkdemo copied 0xBFFFF000: user write, reflected, hypercall LHCALL_SET_PTE, page fault at 0xBFFFF000 (error code 6)",
            "forkdemo-child copied 0x08049000: user write, reflected, hypercall LHCALL_SET_PTE, page fault at 0x08049000 (error code 6)",
            "forkdemo-child taken over 0xBFFFF000: user write, reflected, hypercall LHCALL_SET_PTE, page fault at 0xBFFFF000 (error code 6)",
            "forkdemo taken over 0x08049000: user write, reflected, hypercall LHCALL_SET_PTE, page fault at 0x08049000 (error code 6)"),
            trips);
    }

    /** Whether an exit before {@code before} was a ring-3 write to the resolved page (the trip that was reflected). */
    private static String firstUserWrite(List<TraceEvent> events, int before, TraceEvent.PageFaultResolved resolved) {
        String page = String.format("page fault at 0x%05X", resolved.linearAddress() >>> 12);
        for (int i = before - 1; i >= 0; i--) {
            if (events.get(i) instanceof TraceEvent.GuestExit exit && exit.reason().startsWith(page)
                && (exit.errorCode() & USER_WRITE) == USER_WRITE) {
                return "user write, reflected";
            }
        }
        return "no user write before it";
    }

    /**
     * What the host made the guest take: the four copy-on-write faults reflected (vector 14, to
     * the guest's own stub for it), and its clock injected as vector 32, whose gate the guest
     * kernel points at its timer's stub (it sleeps in LHCALL_HALT until then).
     */
    @Test
    void theHostReflectsTheCopyOnWriteFaultsAndInjectsTheClock() {
        List<TraceEvent.GuestInterrupt> taken = run().stream().filter(e -> e instanceof TraceEvent.GuestInterrupt)
            .map(e -> (TraceEvent.GuestInterrupt) e).toList();
        assertEquals(4, taken.stream().filter(t -> t.vector() == 14).count(), taken.toString());
        assertEquals(EntryStubs.stub(14), taken.stream().filter(t -> t.vector() == 14).findFirst().orElseThrow().handler());
        assertEquals(EntryStubs.stub(Idt.TIMER), taken.stream().filter(t -> t.vector() == 32).findFirst().orElseThrow().handler());
    }

    @Test
    void theGuestLeavesOneHundredAndSeventyOneTimes() {
        assertEquals(171, run().stream().filter(e -> e instanceof TraceEvent.GuestExit).count());
    }
}
