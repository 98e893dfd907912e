package eduscc.visualizer.app;

import eduscc.labs.debug.ArmedBreakpoints;
import eduscc.labs.debug.Breakpoints;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.machine.engine.RunResult;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How a run the class watches goes on (DESIGN §5): the machine moves by boundaries in small
 * slices, and wall time decides only when the window is shown a state, never what the machine
 * does. At full speed a snapshot is published whenever a frame's worth of wall time has passed
 * since the last one; at N steps a second the run keeps to N boundaries per second of wall time,
 * catching up after a slow frame instead of sleeping a fixed time per frame.
 *
 * <p>The clock is injected, so tests drive a run with a fake clock: no sleeps, no timing.
 */
public final class RunPacer {
    /** A frame of a 60 Hz display: the least wall time between two published snapshots. */
    public static final long FRAME_NANOS = 1_000_000_000L / 60;
    /** Boundaries a full-speed run passes between two looks at the clock. */
    public static final int SLICE_BOUNDARIES = 64;
    private static final long SECOND = 1_000_000_000L;
    /** At full speed, the wall time between two snapshots is at least this many times one snapshot's cost. */
    private static final long PUBLISH_SHARE = 4;
    /** Global time units per core cycle at 533 MHz (as the events table counts cycles). */
    private static final long CYCLE_UNITS = 30;

    /** Wall time as the pacer sees it. */
    public interface Clock {
        long nanos();

        /** Returns once {@link #nanos()} has reached {@code deadline} (at once if it has). */
        void sleepUntil(long deadline) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void sleepUntil(long deadline) throws InterruptedException {
                long wait = deadline - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        };
    }

    private final Session session;
    private final Clock clock;
    private final BooleanSupplier goOn;
    private final Consumer<DebugSnapshot> frames;
    private Breakpoints breakpoints = new Breakpoints(List.of());

    /**
     * @param goOn   false once the run must end (Pause, another lab); asked between slices
     * @param frames told of every snapshot the run publishes (tests count them)
     */
    public RunPacer(Session session, Clock clock, BooleanSupplier goOn, Consumer<DebugSnapshot> frames) {
        this.session = session;
        this.clock = clock;
        this.goOn = goOn;
        this.frames = frames;
    }

    /**
     * The run stops at the first of {@code stops} that hits, as {@link Session#runToBreakpoints}
     * would; they stay armed for the whole run, across its slices.
     */
    public RunPacer stoppingAt(Breakpoints stops) {
        this.breakpoints = stops;
        return this;
    }

    /** Runs until the end, a breakpoint or a pause, publishing the latest state about once per frame. */
    public void fullSpeed() {
        try (ArmedBreakpoints armed = session.arm(breakpoints)) {
            fullSpeed(armed);
        }
    }

    private void fullSpeed(ArmedBreakpoints armed) {
        long lastFrame = clock.nanos();
        long gap = FRAME_NANOS;
        RunResult last = null;
        while (goOn.getAsBoolean() && !session.finished()) {
            last = session.advance(SLICE_BOUNDARIES, armed.timeLimit());
            if (ended(last, armed)) {
                break;
            }
            long now = clock.nanos();
            if (now - lastFrame >= gap) {
                publish(last, "running at full speed");
                lastFrame = clock.nanos();
                // A snapshot of many cores can take longer than a frame on a slow machine; the
                // run then publishes less often, so it keeps at least 3/4 of the time to run.
                gap = Math.max(FRAME_NANOS, PUBLISH_SHARE * (lastFrame - now));
            }
        }
        if (last != null) {
            publish(last, endStatus(last, armed, "ran at full speed"));
        }
    }

    /** The status a run ends with: the breakpoint that hit, a pause, or {@code otherwise}. */
    private String endStatus(RunResult last, ArmedBreakpoints armed, String otherwise) {
        if (armed.hit(last) != null) {
            return armed.status(last);
        }
        return goOn.getAsBoolean() ? otherwise : "paused";
    }

    /** True when the run is over: the lab's end, a pause, or a breakpoint that hit. */
    private static boolean ended(RunResult result, ArmedBreakpoints armed) {
        return result.reason() == RunResult.Reason.ALL_IDLE || result.reason() == RunResult.Reason.PAUSED
            || armed.hit(result) != null;
    }

    /**
     * Runs at {@code stepsPerSecond} boundaries per second of wall time, at most one frame per
     * display frame (a faster pace moves several boundaries per frame). A HLT stretch costs one
     * boundary like any other, so idle time is crossed at the same pace and the status says so.
     */
    public void paced(int stepsPerSecond) {
        if (stepsPerSecond < 1) {
            throw new IllegalArgumentException("a paced run needs at least 1 step a second, was " + stepsPerSecond);
        }
        try (ArmedBreakpoints armed = session.arm(breakpoints)) {
            paced(stepsPerSecond, armed);
        }
    }

    private void paced(int stepsPerSecond, ArmedBreakpoints armed) {
        long start = clock.nanos();
        long done = 0;
        long lastFrame = start - FRAME_NANOS;
        RunResult last = null;
        try {
            while (goOn.getAsBoolean() && !session.finished()) {
                long now = clock.nanos();
                long due = (now - start) * stepsPerSecond / SECOND;
                if (due <= done || now - lastFrame < FRAME_NANOS) {
                    long nextStep = start + ceilDiv((done + 1) * SECOND, stepsPerSecond);
                    clock.sleepUntil(Math.max(nextStep, lastFrame + FRAME_NANOS));
                    continue;
                }
                DebugSnapshot before = session.snapshot();
                RunResult result = session.advance(due - done, armed.timeLimit());
                last = result;
                done = due;
                lastFrame = now;
                String stop = armed.hit(result);
                String pace = stop != null ? "stopped at " + stop : "running at " + stepsPerSecond + " steps/s";
                publish(result, pace);
                String idle = idleStretch(before, session.snapshot());
                if (idle != null) {
                    session.publishRun(result, pace + "; " + idle);
                    frames.accept(session.snapshot());
                }
                if (ended(result, armed)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (last != null && !goOn.getAsBoolean() && !session.finished()) {
            publish(last, endStatus(last, armed, "paused")); // Pause came while the run waited for its next step
        }
    }

    private void publish(RunResult result, String status) {
        session.publishRun(result, status);
        frames.accept(session.snapshot());
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /**
     * Where a core slept if the steps from {@code before} to {@code now} passed a HLT with
     * interrupts on (the idle loop), in words, so the class sees why the cycle count jumped;
     * null if they held none. Reads only the events since {@code before}.
     */
    static String idleStretch(DebugSnapshot before, DebugSnapshot now) {
        List<TraceEntry> trace = eduscc.machine.trace.TracePrefix.since(before.trace(), now.trace());
        for (int i = trace.size() - 1; i >= 0; i--) {
            TraceEntry e = trace.get(i);
            if (e.event() instanceof TraceEvent.Halt h && h.interruptsEnabled() && e.core() >= 0) {
                long slept = e.time() / CYCLE_UNITS;
                var core = now.machine().core(e.core());
                return core.state() == eduscc.machine.cpu.CoreState.HALTED
                    ? String.format("core %d idle (HLT) since cycle %,d, until its next interrupt", e.core(), slept)
                    : String.format("core %d was idle (HLT) from cycle %,d to cycle %,d: skipped in one step",
                        e.core(), slept, core.time() / CYCLE_UNITS);
            }
        }
        // Entering HLT is a step of its own, so the step that wakes the core holds no Halt event:
        // the core halted at the last frame and runs now.
        for (var was : before.machine().cores()) {
            var core = now.machine().core(was.pid());
            if (was.state() == eduscc.machine.cpu.CoreState.HALTED && core.state() == eduscc.machine.cpu.CoreState.RUNNING) {
                return String.format("core %d was idle (HLT) from cycle %,d to cycle %,d: skipped in one step",
                    was.pid(), was.time() / CYCLE_UNITS, core.time() / CYCLE_UNITS);
            }
        }
        return null;
    }
}
