package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.machine.trace.TraceEntry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The debugger's controls, carried out on one simulation thread so the GUI never waits for the
 * machine (DESIGN §5): every command is queued, runs to a pause, and the session publishes a new
 * snapshot that the window picks up on its next frame. "Run" goes on in slices of boundaries
 * until paused, paced by a {@link RunPacer}: wall time decides when the window sees the run,
 * never what the machine does.
 */
public final class DebuggerController implements AutoCloseable {
    private final ExecutorService simulation = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "eduscc-simulation");
        t.setDaemon(true);
        return t;
    });
    private volatile Session session;
    private volatile boolean running;
    /**
     * Which run may go on: Run, Pause and Open each move it on, so a run loop still busy with a
     * chunk when the user pauses and runs again (or opens another lab) ends instead of resuming.
     */
    private volatile long runGeneration;
    private volatile String lastError;
    private final RunPacer.Clock clock;
    private final java.util.function.Consumer<eduscc.labs.debug.DebugSnapshot> frames;

    public DebuggerController(Session session) {
        this(session, RunPacer.Clock.SYSTEM, published -> { });
    }

    /**
     * A controller whose runs are paced by {@code clock} (tests pass a fake one) and report every
     * snapshot they publish to {@code frames}.
     */
    public DebuggerController(Session session, RunPacer.Clock clock,
                              java.util.function.Consumer<eduscc.labs.debug.DebugSnapshot> frames) {
        this.session = session;
        this.clock = clock;
        this.frames = frames;
    }

    public Session session() {
        return session;
    }

    public boolean isRunning() {
        return running;
    }

    /**
     * Runs until paused, finished, or {@code stopAt} sees an event (a breakpoint); null for none.
     * Without a breakpoint the window sees the run move: a snapshot about every display frame.
     */
    public CompletableFuture<Void> run(Predicate<TraceEntry> stopAt) {
        long mine = startRun();
        Session target = session;
        return submit(() -> {
            try {
                if (stopAt != null) {
                    target.runUntil(stopAt, "breakpoint");
                } else {
                    new RunPacer(target, clock, () -> runGeneration == mine, frames).fullSpeed();
                }
            } finally {
                settleAndEnd(target, mine);
            }
        });
    }

    /** Runs until a core's kernel code reaches one of these source lines. */
    public CompletableFuture<Void> runToLines(java.util.Set<eduscc.labs.debug.SourceLine> lines) {
        return submit(() -> session.runToSourceLine(lines));
    }

    /**
     * Runs at a pace a class can follow: {@code stepsPerSecond} boundaries a second, published as
     * they happen. The pacing only decides how often the window sees the run, never what the
     * machine does, so the run is the same as at full speed.
     */
    public CompletableFuture<Void> runPaced(int stepsPerSecond) {
        return runPaced(stepsPerSecond, new eduscc.labs.debug.Breakpoints(java.util.List.of()));
    }

    /** {@link #runPaced(int)} that stops at the first of {@code breakpoints} that hits. */
    public CompletableFuture<Void> runPaced(int stepsPerSecond, eduscc.labs.debug.Breakpoints breakpoints) {
        long mine = startRun();
        Session target = session;
        return submit(() -> {
            try {
                new RunPacer(target, clock, () -> runGeneration == mine, frames).stoppingAt(breakpoints)
                    .paced(stepsPerSecond);
            } finally {
                settleAndEnd(target, mine);
            }
        });
    }

    /** A run has ended: its last snapshot gains the step before it (for "changed" marks), then the run is over. */
    private void settleAndEnd(Session target, long generation) {
        if (session == target) {
            target.settle();
        }
        endRun(generation);
    }

    /** Called on the FX thread only, as are {@link #pause} and {@link #open}. */
    private long startRun() {
        running = true;
        return ++runGeneration;
    }

    private void stopRuns() {
        runGeneration++;
        running = false;
    }

    private void endRun(long generation) {
        if (runGeneration == generation) {
            running = false;
        }
    }

    /** Runs (or re-runs) to an exact position, e.g. the one a saved session stood at. */
    public CompletableFuture<Void> runTo(long position, String why) {
        return submit(() -> session.runTo(position, why));
    }

    public CompletableFuture<Void> backLine(int core) {
        return submit(() -> session.backLine(core));
    }

    public CompletableFuture<Void> stepLine(int core) {
        return submit(() -> session.stepLine(core));
    }

    /**
     * Runs to the first of these breakpoints that hits (event, core, task, tick, cycle, write, line),
     * at full speed and watched: the window sees the run move on the way there.
     */
    public CompletableFuture<Void> runToBreakpoints(eduscc.labs.debug.Breakpoints breakpoints) {
        long mine = startRun();
        Session target = session;
        return submit(() -> {
            try {
                new RunPacer(target, clock, () -> runGeneration == mine, frames).stoppingAt(breakpoints).fullSpeed();
            } finally {
                endRun(mine);
            }
        });
    }

    /** Ends a run and stops the command in progress (say, a "next event" that never comes) at its next boundary. */
    public void pause() {
        stopRuns();
        session.pause();
    }

    public CompletableFuture<Void> step() {
        return submit(() -> session.step());
    }

    public CompletableFuture<Void> stepBack() {
        return submit(() -> session.stepBack());
    }

    public CompletableFuture<Void> nextEvent(Predicate<TraceEntry> kind, String what) {
        return submit(() -> session.runUntil(kind, what));
    }

    public CompletableFuture<Void> previousEvent(Predicate<TraceEntry> kind, String what) {
        return submit(() -> session.backUntil(kind, what));
    }

    /** Goes to a point of the timeline: re-runs to the last event at or before {@code time}. */
    public CompletableFuture<Void> goTo(long time) {
        return submit(() -> eduscc.visualizer.timeline.TimeJump.goTo(session, time));
    }

    /**
     * Goes to a tick (of core {@code core}), a cycle, a position or a trace event: the tool bar's
     * "go to" field, a double-click on an event row or a narration line.
     */
    public CompletableFuture<Void> goTo(GoToTarget target, int core) {
        return submit(() -> {
            switch (target.kind()) {
                case TICK -> session.goToTick(core, target.value());
                case CYCLE -> session.goToCycle(target.value());
                case POSITION -> session.runTo(target.value(), "went");
                case EVENT -> session.goToEvent(target.value());
                default -> throw new IllegalArgumentException("cannot go to " + target);
            }
        });
    }

    public CompletableFuture<Void> reset() {
        return submit(() -> session.reset());
    }

    /**
     * Replaces the session (open or reload a lab): a run in progress stops at its next chunk, and
     * the old session is closed on the simulation thread once its last command is done.
     */
    public CompletableFuture<Void> open(Session next) {
        stopRuns();
        Session old = session;
        session = next;
        return submit(old::close);
    }

    /**
     * Reads a window of memory on the simulation thread, between commands, so the machine is
     * paused (DESIGN §5); later snapshots carry the same window.
     */
    public CompletableFuture<eduscc.machine.snapshot.MemoryDump> readMemory(eduscc.labs.debug.MemoryWindow window) {
        Session target = session;
        target.watchMemory(window);
        return CompletableFuture.supplyAsync(() -> target.readMemory(window), simulation);
    }

    /**
     * Reads core {@code core}'s page directory, tables and frame allocator on the simulation
     * thread, between commands, as {@link #readMemory} does; later snapshots carry them.
     */
    public CompletableFuture<eduscc.labs.debug.PageTables> readPages(int core) {
        Session target = session;
        target.watchPages(core);
        return CompletableFuture.supplyAsync(() -> target.readPages(core), simulation);
    }

    /** Completes once every command queued so far has run (tests and the screenshot command wait on it). */
    public CompletableFuture<Void> idle() {
        return submit(() -> { });
    }

    private CompletableFuture<Void> submit(Runnable command) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(command, simulation);
        done.whenComplete((ok, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                lastError = cause.toString();
            }
        });
        return done;
    }

    /** What went wrong with the last command that failed (for the status line), or null. */
    public String lastError() {
        return lastError;
    }

    @Override
    public void close() {
        stopRuns();
        simulation.submit(() -> session.close());
        simulation.shutdown();
    }
}
