package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.machine.engine.RunResult;
import eduscc.machine.trace.TraceEntry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * The debugger's controls, carried out on one simulation thread so the GUI never waits for the
 * machine (DESIGN §5): every command is queued, runs to a pause, and the session publishes a new
 * snapshot that the window picks up on its next frame. "Run" goes on in chunks until paused.
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

    public DebuggerController(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }

    public boolean isRunning() {
        return running;
    }

    /** Runs until paused, finished, or {@code stopAt} sees an event (a breakpoint); null for none. */
    public CompletableFuture<Void> run(Predicate<TraceEntry> stopAt) {
        long mine = startRun();
        Session target = session;
        return submit(() -> {
            while (runGeneration == mine && !target.finished()) {
                if (stopAt != null) {
                    target.runUntil(stopAt, "breakpoint");
                    break;
                }
                if (target.runChunk().reason() == RunResult.Reason.ALL_IDLE) {
                    break;
                }
            }
            endRun(mine);
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
        long mine = startRun();
        Session target = session;
        int perFrame = Math.max(1, stepsPerSecond / 30);
        long frameMillis = Math.max(1, 1000L * perFrame / Math.max(1, stepsPerSecond));
        return submit(() -> {
            while (runGeneration == mine && !target.finished()) {
                target.runTo(target.snapshot().position() + perFrame, "running");
                try {
                    Thread.sleep(frameMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            endRun(mine);
        });
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

    /** Runs to the first of these breakpoints that hits (event, core, task, tick, cycle, write, line). */
    public CompletableFuture<Void> runToBreakpoints(eduscc.labs.debug.Breakpoints breakpoints) {
        return submit(() -> session.runToBreakpoints(breakpoints));
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
