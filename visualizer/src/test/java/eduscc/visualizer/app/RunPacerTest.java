package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Breakpoints;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.EveryCore;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run the class can watch, driven by a fake clock (no sleeps, no timing): full speed publishes
 * the moving machine about once per display frame, a paced run keeps to its steps a second of
 * (fake) wall time and crosses idle stretches at that pace, and neither changes the run.
 */
class RunPacerTest {
    private static final long MS = 1_000_000L;

    /** Wall time that moves only when read ({@code perRead}) or slept through; never sleeps. */
    static final class FakeClock implements RunPacer.Clock {
        private final long perRead;
        long now;

        FakeClock(long perRead) {
            this.perRead = perRead;
        }

        @Override
        public long nanos() {
            now += perRead;
            return now;
        }

        @Override
        public void sleepUntil(long deadline) {
            now = Math.max(now, deadline);
        }
    }

    @Test
    void aFullSpeedRunOfTheSchedulingLabShowsFramesBetweenTheStartAndTheEnd() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            List<DebugSnapshot> frames = new ArrayList<>();
            FakeClock clock = new FakeClock(5 * MS); // each slice of boundaries takes 5 ms of wall time
            new RunPacer(session, clock, () -> true, frames::add).fullSpeed();
            assertTrue(session.finished(), "the run went to the end of the lab");
            long end = session.snapshot().position();
            long between = frames.stream().mapToLong(DebugSnapshot::position).filter(p -> p > 0 && p < end).distinct().count();
            assertTrue(between >= 5, "the window saw the machine move, not just the first and last position: "
                + frames.stream().map(DebugSnapshot::position).toList());
            assertTrue(session.snapshot().status().startsWith("finished"), session.snapshot().status());
        }
    }

    @Test
    void fullSpeedPublishesAtMostOneFramePerDisplayFrameOfWallTime() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            List<DebugSnapshot> frames = new ArrayList<>();
            FakeClock clock = new FakeClock(MS);
            new RunPacer(session, clock, () -> true, frames::add).fullSpeed();
            long frameSlots = clock.now / RunPacer.FRAME_NANOS + 1;
            assertTrue(frames.size() <= frameSlots + 1, frames.size() + " frames in " + clock.now / MS + " ms of wall time");
        }
    }

    @Test
    void aPacedRunAtTenStepsASecondTakesTenStepsPerSecondOfWallTime() {
        for (int seconds : new int[] {1, 3}) {
            try (Session session = new Session(ShippedLabs.load("scheduling"))) {
                FakeClock clock = new FakeClock(0);
                long limit = seconds * 1000 * MS;
                List<DebugSnapshot> frames = new ArrayList<>();
                new RunPacer(session, clock, () -> clock.now <= limit, frames::add).paced(10);
                assertEquals(10L * seconds, session.snapshot().position(), "10 steps a second for " + seconds + " s");
                assertEquals(10L * seconds, frames.stream().map(DebugSnapshot::position).distinct().count(),
                    "every step was shown, one frame each");
            }
        }
    }

    @Test
    void aFastPaceCatchesUpAfterASlowFrameInsteadOfFallingBehind() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            FakeClock clock = new FakeClock(7 * MS); // every look at the clock finds 7 ms gone (a slow machine)
            new RunPacer(session, clock, () -> clock.now <= 1000 * MS, s -> { }).paced(1000);
            long position = session.snapshot().position();
            // The last frame before the clock passed 1 s showed every step due by then.
            assertTrue(position >= 1000 - 2 * RunPacer.FRAME_NANOS / MS && position <= 1000,
                "1000 steps/s for 1 s of wall time reached " + position);
        }
    }

    @Test
    void anIdleStretchIsCrossedAtTheVisiblePaceAndSaidInTheStatus() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            long halt = firstIdleHalt(); // the idle task halts there (entering HLT is a step) until the first timer tick
            session.runTo(halt - 8, "test");
            FakeClock clock = new FakeClock(0);
            List<DebugSnapshot> frames = new ArrayList<>();
            new RunPacer(session, clock, () -> clock.now <= 2000 * MS, frames::add).paced(10);
            assertEquals(halt - 8 + 20, session.snapshot().position(), "the idle stretch cost one step, like any other");
            assertTrue(frames.stream().anyMatch(f -> f.status().contains("idle (HLT) from cycle")),
                "a frame says that the core slept and the cycle count jumped: "
                + frames.stream().map(DebugSnapshot::status).distinct().toList());
            long cycles = session.snapshot().machine().core(0).cycles();
            assertTrue(cycles > 5_000_000, "the run is past the first tick at cycle 5,333,333, at " + cycles);
        }
    }

    /** The position at which the scheduling lab's idle task first halts with interrupts on. */
    private static long firstIdleHalt() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.Halt h && h.interruptsEnabled(), "the idle task's HLT");
            return session.snapshot().position();
        }
    }

    @Test
    void pacedAndFullSpeedRunsEndInTheStateOfOneUnpacedRun() {
        Scenario lab = twoCores();
        String unpaced;
        try (Session session = new Session(lab)) {
            session.runTo(Long.MAX_VALUE, "unpaced");
            unpaced = session.snapshot().machine().traceHash();
        }
        try (Session session = new Session(lab)) {
            new RunPacer(session, new FakeClock(MS), () -> true, s -> { }).fullSpeed();
            assertEquals(unpaced, session.snapshot().machine().traceHash(), "full speed");
        }
        try (Session session = new Session(lab)) {
            FakeClock clock = new FakeClock(3 * MS);
            new RunPacer(session, clock, () -> true, s -> { }).paced(1000);
            assertTrue(session.finished());
            assertEquals(unpaced, session.snapshot().machine().traceHash(), "paced at 1000 steps/s");
        }
    }

    @Test
    void aPausedControllerRunEndsAndLeavesTheMachineWhereItStopped() {
        FakeClock clock = new FakeClock(0);
        List<DebugSnapshot> frames = new ArrayList<>();
        try (DebuggerController controller = new DebuggerController(new Session(ShippedLabs.load("scheduling")), clock,
            frames::add)) {
            clock.now = 0;
            controller.runPaced(5).join(); // the fake clock never stops it: it runs to the lab's end
            assertFalse(controller.isRunning());
            assertTrue(controller.session().finished(), "the paced run went to the end");
            assertTrue(frames.size() > 100, "one frame per step at 5 steps/s: " + frames.size());
        }
    }

    @Test
    void aWatchedRunStopsAtTheLabsBreakpointWhereAnUnwatchedRunStops() {
        Scenario lab = ShippedLabs.load("scheduling");
        Breakpoints stops = Breakpoints.fromLab(lab);
        DebugSnapshot unwatched;
        try (Session session = new Session(lab)) {
            session.runToBreakpoints(stops);
            session.runToBreakpoints(stops);
            unwatched = session.snapshot();
        }
        try (Session session = new Session(lab)) {
            List<DebugSnapshot> frames = new ArrayList<>();
            RunPacer pacer = new RunPacer(session, new FakeClock(5 * MS), () -> true, frames::add).stoppingAt(stops);
            pacer.fullSpeed();
            long first = session.snapshot().position();
            pacer.fullSpeed();
            assertEquals(unwatched.position(), session.snapshot().position(), "the second lab breakpoint, as without frames");
            assertEquals(unwatched.status(), session.snapshot().status());
            assertTrue(session.snapshot().status().startsWith("stopped at"), session.snapshot().status());
            assertTrue(frames.stream().anyMatch(f -> f.position() > first && f.position() < unwatched.position()),
                "the window saw the run move on its way to the breakpoint");
        }
        try (Session session = new Session(lab)) {
            FakeClock clock = new FakeClock(0);
            RunPacer pacer = new RunPacer(session, clock, () -> true, s -> { }).stoppingAt(stops);
            pacer.paced(1000);
            pacer.paced(1000);
            assertEquals(unwatched.position(), session.snapshot().position(), "a paced run stops there too");
        }
    }

    @Test
    void aPauseBetweenStepsEndsTheRunWithAPausedStatus() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            FakeClock clock = new FakeClock(0);
            new RunPacer(session, clock, () -> clock.now <= 500 * MS, s -> { }).paced(10);
            assertEquals(5, session.snapshot().position());
            assertEquals("paused", session.snapshot().status(), "not 'running' once the run has ended");
            new RunPacer(session, new FakeClock(5 * MS), () -> session.snapshot().position() < 300, s -> { }).fullSpeed();
            assertEquals("paused", session.snapshot().status());
        }
    }

    private static Scenario twoCores() {
        return EveryCore.of(ShippedLabs.load("scheduling"), 2);
    }
}
