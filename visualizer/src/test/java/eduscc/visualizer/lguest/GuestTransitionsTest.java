package eduscc.visualizer.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Following the trace without a window: trips paired enter to exit, counts by kind that cover
 * the whole run while only the last {@link GuestTransitions#KEPT} trips are kept, a trace that
 * grows read only where it grew, a shorter one (a step back) counted again.
 */
class GuestTransitionsTest {
    /** {@code trips} round trips on core 2; every third a hypercall, the others general protection. */
    private static List<TraceEntry> trace(int trips) {
        List<TraceEntry> entries = new ArrayList<>();
        for (int i = 0; i < trips; i++) {
            entries.add(new TraceEntry(entries.size(), 100L * i, 2, new TraceEvent.GuestEnter("g", 0x400000, 1)));
            String reason = i % 3 == 0 ? "hypercall LHCALL_NOTIFY" : "general protection";
            entries.add(new TraceEntry(entries.size(), 100L * i + 50, 2,
                new TraceEvent.GuestExit("g", i % 3 == 0 ? 31 : 13, 0, 0x400000 + i, reason, 400 + i)));
        }
        return entries;
    }

    @Test
    void countsCoverEveryExitButOnlyTheLatestTripsAreKept() {
        GuestTransitions t = new GuestTransitions();
        t.follow(trace(100));
        GuestTransitions.CoreTrips core = t.core(2);
        assertEquals(100, core.exits);
        assertEquals("66 general protection, 34 hypercalls", ExitKinds.summary(core.counts));
        assertEquals(GuestTransitions.KEPT, core.latest.size());
        assertEquals(new GuestTrip(72, 3600, 1, 73, 3650, 0x400000 + 36, "hypercall LHCALL_NOTIFY", 436), core.latest.peekFirst(),
            "the oldest kept trip is the 37th: 100 - 64 + 1");
        assertEquals(199, core.latest.peekLast().exitSeq());
    }

    @Test
    void aGrowingTraceIsReadWhereItGrewAndAShorterOneIsCountedAgain() {
        List<TraceEntry> all = trace(10);
        GuestTransitions t = new GuestTransitions();
        t.follow(all.subList(0, 7)); // three trips back, the fourth under way
        assertEquals(3, t.core(2).exits);
        assertEquals(6, t.core(2).open().enterSeq());
        t.follow(all);
        assertEquals(1, t.rebuilds(), "the same list grown: only its new events");
        assertEquals(10, t.core(2).exits);
        assertEquals(null, t.core(2).open());
        assertEquals("6 general protection, 4 hypercalls", ExitKinds.summary(t.core(2).counts));
        t.follow(new ArrayList<>(all.subList(0, 4)));
        assertEquals(2, t.rebuilds(), "a shorter trace (a step back) starts again");
        assertEquals("1 general protection, 1 hypercall", ExitKinds.summary(t.core(2).counts));
    }
}
