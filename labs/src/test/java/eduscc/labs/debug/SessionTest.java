package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.cpu.Registers;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/** The debugger's model: forward by events and boundaries, and back to exactly where it was. */
class SessionTest {

    @Test
    void pauseStopsARunForAnEventThatNeverComes() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            int[] seen = {0};
            session.runUntil(e -> {
                if (++seen[0] == 3) {
                    session.pause();
                }
                return false;
            }, "an event that never comes");
            assertTrue(!session.finished(), "the run stopped before the lab's end");
            long pausedAt = session.snapshot().position();
            assertEquals("paused at boundary " + pausedAt, session.snapshot().status());
            session.reset();
            int[] counted = {0};
            session.runUntil(e -> ++counted[0] == 3, "the third event");
            assertEquals(session.snapshot().position(), pausedAt, "the same boundary a stop at the third event reaches");
        }
    }

    @Test
    void stepToCr0PeShowsProtectedModeWithTheRealModeCsStillCached() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.ModeSwitch, "CR0.PE");
            var core = session.snapshot().machine().core(0);
            assertEquals("protected", core.mode());
            assertEquals(0xF000, core.segment(Registers.CS).selector());
        }
    }

    @Test
    void schedulingLabBitmapMatchesTheKernelsQueuesAtTheThirdDecision() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            for (int i = 0; i < 3; i++) {
                session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
            }
            KernelSnapshot k = session.snapshot().kernels().get(0);
            int fromLists = 0;
            for (int priority : k.readyLists().keySet()) {
                fromLists |= 1 << priority;
            }
            assertEquals(fromLists, k.prioBitmap(), "bit p set exactly for the non-empty lists");
            assertTrue(k.prioBitmap() != 0);
        }
    }

    @Test
    void stepBackRestoresTheEarlierStateExactly() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runTo(1000, "test");
            assertTrue(!session.finished(), "the lab is still running at boundary 1000");
            DebugSnapshot before = session.snapshot();
            session.step();
            assertEquals(before.position() + 1, session.snapshot().position());
            session.stepBack();
            DebugSnapshot back = session.snapshot();
            assertEquals(before.position(), back.position());
            assertEquals(before.machine(), back.machine(), "registers, modes, consoles: all as before");
            assertEquals(before.kernels(), back.kernels());
            assertEquals(before.machine().traceHash(), back.machine().traceHash());
        }
    }

    @Test
    void stepBackRestoresTheCachesAndTlbsExactly() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runTo(1000, "test");
            // on to a step that missed in some cache or TLB, so that it changed their contents
            DebugSnapshot after = session.snapshot();
            for (int i = 0; i < 500 && after.machine().core(0).caches().lastMisses().isEmpty(); i++) {
                session.step();
                after = session.snapshot();
            }
            eduscc.machine.snapshot.CacheSnapshot missed = after.machine().core(0).caches();
            assertTrue(!missed.lastMisses().isEmpty(), "a step within 500 that missed");
            long position = after.position();
            session.stepBack();
            eduscc.machine.snapshot.CacheSnapshot before = session.snapshot().machine().core(0).caches();
            assertEquals(position - 1, session.snapshot().position());
            assertTrue(!before.equals(missed), "the step changed the caches, so equality below means something");
            session.step();
            assertEquals(missed, session.snapshot().machine().core(0).caches(), "forward again: the same misses");
            session.stepBack();
            eduscc.machine.snapshot.CacheSnapshot back = session.snapshot().machine().core(0).caches();
            for (eduscc.machine.cache.Level level : eduscc.machine.cache.Level.values()) {
                assertEquals(before.hits(level), back.hits(level), level.label() + " hits");
                assertEquals(before.misses(level), back.misses(level), level.label() + " misses");
                assertEquals(before.contents(level), back.contents(level), level.label() + " contents");
            }
            assertTrue(back.contents(eduscc.machine.cache.Level.L1D).occupied() > 0, "the kernel's data is in L1D");
            assertEquals(before, back, "counters, last misses, contents and the outstanding write");
        }
    }

    @Test
    void runToASourceLineStopsWithTheCoreOnThatLine() throws Exception {
        java.nio.file.Path source = java.nio.file.Path.of("../kernel/src/main/java/eduscc/kernel/Kernel.java");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(source);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("scheduler.timerTick();")) {
                line = i + 1;
            }
        }
        SourceLine breakpoint = new SourceLine("eduscc/kernel/Kernel.java", line);
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runToSourceLine(java.util.Set.of(breakpoint));
            assertEquals(1, session.snapshot().kernels().get(0).tick(), "the first timer tick reached the line");
            assertEquals("eduscc/kernel/arch/NativeHardware.java", session.snapshot().sourceLine(0).file(),
                "stopped at the first operation inside the call on that line: the PUSHFD of the scheduler's irqSave");
            assertEquals("eduscc/kernel/sched/Scheduler.java", session.snapshot().kernelStack(0).get(1).file(),
                "which the scheduler called");
        }
    }

    @Test
    void stepLineMovesTheCoreToAnotherKernelLine() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a decision");
            SourceLine before = session.snapshot().sourceLine(0);
            session.stepLine(0);
            SourceLine after = session.snapshot().sourceLine(0);
            assertTrue(before != null && after != null);
            assertTrue(!before.equals(after), before + " -> " + after);
        }
    }

    @Test
    void backLineUndoesStepLine() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a decision");
            session.stepLine(0);
            DebugSnapshot atLine = session.snapshot();
            session.stepLine(0);
            session.backLine(0);
            assertEquals(atLine.position(), session.snapshot().position());
            assertEquals(atLine.sourceLine(0), session.snapshot().sourceLine(0));
        }
    }
}
