package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.MemoryDump;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** What the memory view and the source view learn from a session: memory windows, writes, stop events. */
class SessionMemoryTest {

    @Test
    void aSchedulerDecisionIsPlacedInTheSchedulerNotInTheNextTasksProgram() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
            StopEvent stop = session.snapshot().stopEvent();
            assertNotNull(stop, "the run stopped at an event and says which");
            assertTrue(stop.entry().event() instanceof TraceEvent.SchedulerDecision);
            assertEquals("eduscc/kernel/sched/Scheduler.java", stop.recordedAt().get(0).file(),
                "the decision was taken in the scheduler: " + stop.recordedAt());
        }
    }

    @Test
    void aWindowAtGdtrBaseHoldsTheGdtTheDescriptorViewDecodes() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
            CoreSnapshot core = session.snapshot().machine().core(0);
            MemoryDump dump = session.readMemory(new MemoryWindow(0, MemoryDump.Space.LINEAR, core.gdtrBase(), 64));
            assertTrue(dump.problems().isEmpty(), dump.problems().toString());
            for (int entry = 0; entry < 8; entry++) {
                long fromDump = 0;
                for (int b = 0; b < 8; b++) {
                    fromDump |= (long) dump.byteAt(8 * entry + b) << (8 * b);
                }
                assertEquals(core.tables().gdt().entry(entry), fromDump, "GDT entry " + entry);
            }
            session.step();
            assertEquals(core.gdtrBase(), session.snapshot().memory().address(), "later snapshots carry the window");
        }
    }

    @Test
    void theRegisterBankIsNotReadByTheViewButMarkedUnreadableWithTheReason() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            MemoryDump dump = session.readMemory(new MemoryWindow(0, MemoryDump.Space.PHYSICAL, 0xF8000000, 16));
            assertFalse(dump.readable(0), "reading a configuration register could change it");
            assertTrue(dump.problems().get(0).toUpperCase().contains("0XF8000000"), dump.problems().toString());
        }
    }

    @Test
    void aStepListsTheBytesItWroteAndAStepBackOnlyThoseOfItsLastStep() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
            LastWrites written = LastWrites.NONE;
            for (int i = 0; i < 200 && written.writes().isEmpty(); i++) {
                session.step();
                written = session.snapshot().lastWrites();
            }
            assertFalse(written.writes().isEmpty(), "some step in 200 writes memory");
            long at = session.snapshot().position();
            for (MemoryWrite w : written.writes()) {
                assertEquals(at, w.position(), "a single step's writes belong to that step");
                assertTrue(w.physical() >= 0, "the written page is mapped");
            }
            session.step();
            session.stepBack();
            assertEquals(at, session.snapshot().position());
            assertEquals(at - 1, session.snapshot().lastWrites().fromPosition(),
                "after a re-run only the last step's writes count, not the whole re-run's");
            assertEquals(written.writes(), session.snapshot().lastWrites().writes());
        }
    }

    @Test
    void lookingAtMemoryChangesNothingInTheRun() {
        String plain;
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> false, "the end");
            plain = session.snapshot().machine().traceHash();
        }
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            for (int i = 0; i < 3; i++) {
                session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
                CoreSnapshot core = session.snapshot().machine().core(0);
                session.readMemory(new MemoryWindow(0, MemoryDump.Space.LINEAR, core.register(4) - 64, 256));
            }
            session.runUntil(e -> false, "the end");
            assertEquals(plain, session.snapshot().machine().traceHash());
        }
    }
}
