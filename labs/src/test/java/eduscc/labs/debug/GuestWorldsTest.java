package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.lguest.HostBookkeeping;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * What the lguest view reads at a pause on lab lguest-fork: the state page's two worlds, the
 * regs page, and the host's bookkeeping of the shadow; and that a position reached again by
 * going back (a replay) reads the same values as when the run first passed it.
 */
class GuestWorldsTest {
    private static final Predicate<TraceEntry> EXIT = e -> e.event() instanceof TraceEvent.GuestExit;
    private static final Predicate<TraceEntry> ENTER = e -> e.event() instanceof TraceEvent.GuestEnter;

    @Test
    void theFirstExitsWorldsAndRegsPageComeFromTheSwitchersPages() {
        try (Session session = new Session(ShippedLabs.load("lguest-fork"))) {
            assertEquals(List.of(), session.snapshot().guests(), "no launcher has run yet");
            session.runUntil(EXIT, "the first exit");
            GuestWorlds g = session.snapshot().guest(0).orElseThrow();
            assertEquals(new GuestWorlds.World(0x00C00000, 0x00110000, 0x1FF, 0x00111000, 0x7FF, 0x00112000), g.hostWorld());
            assertEquals(new GuestWorlds.World(0x00C0D000, 0xFFC02888, 0xFF, 0xFFC02088, 0x7FF, 0xFFC02020), g.guestWorld());
            assertEquals(31, g.reg("trapnum"), "INT 0x1F: LHCALL_LGUEST_INIT, the guest kernel's first act");
            assertEquals(1, g.reg("eax"), "LHCALL_LGUEST_INIT");
            assertEquals(0, g.reg("errcode"));
            assertEquals(0x00100010, g.reg("eip"));
            assertEquals(0x09, g.reg("cs"), "the guest kernel's code segment, RPL 1");
            assertEquals(0x00180000, g.host().guestDirectory());
            assertEquals(0x02000000, g.host().memoryBase());
            assertEquals(null, g.host().lastFill(), "the fill comes after the exit, in the launcher's trap handler");
        }
    }

    @Test
    void aPositionReachedAgainByReplayReadsTheSameBookkeeping() {
        try (Session session = new Session(ShippedLabs.load("lguest-fork"))) {
            for (int i = 0; i < 30; i++) {
                session.runUntil(ENTER, "an entry");
            }
            DebugSnapshot first = session.snapshot();
            GuestWorlds there = first.guest(0).orElseThrow();
            for (int i = 0; i < 30; i++) {
                session.runUntil(EXIT, "an exit");
            }
            session.goToEvent(first.lastEvent().seq());
            DebugSnapshot again = session.snapshot();
            assertEquals(first.position(), again.position());
            GuestWorlds replayed = again.guest(0).orElseThrow();
            HostBookkeeping h = there.host();
            assertTrue(h.lastFill() != null, "30 entries in, the host has filled shadow entries");
            assertEquals(h.lastFill(), replayed.host().lastFill());
            assertEquals(h, replayed.host(), "the host's bookkeeping, all of it");
            assertEquals(h.shadowDirectory(), replayed.host().shadowDirectory());
            assertEquals(there.tables(), replayed.tables());
            assertEquals(there.regs(), replayed.regs());
        }
    }
}
