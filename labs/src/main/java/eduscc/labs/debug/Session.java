package eduscc.labs.debug;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.Machine;
import eduscc.machine.engine.RunResult;
import eduscc.machine.snapshot.MachineSnapshot;
import eduscc.machine.trace.TraceEntry;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A debugging session on one lab (DESIGN §5): run, pause, step forward by instruction boundaries
 * or to the next event of a kind, and step back. Going back re-runs the lab from its boot to one
 * boundary earlier: the run is deterministic, so that is the same state as before.
 *
 * <p>A session is driven from one thread at a time (the GUI puts its commands on one simulation
 * thread); every command ends paused, with a fresh {@link #snapshot()}.
 */
public final class Session implements AutoCloseable {
    /** How far "run" goes at most before it pauses again to publish a snapshot (100 ms simulated). */
    public static final long RUN_CHUNK_UNITS = LabRunner.PROGRESS_STEP_UNITS;

    private final Scenario lab;
    private volatile BootedLab booted;
    private volatile DebugSnapshot latest;
    private boolean finished;
    /** Kernel stacks read for earlier snapshots of this boot; a new boot starts a new cache. */
    private KernelStacks stacks = new KernelStacks();

    public Session(Scenario lab) {
        this.lab = lab;
        restart();
    }

    public Scenario lab() {
        return lab;
    }

    /** The state at the last pause; safe to read from any thread. */
    public DebugSnapshot snapshot() {
        return latest;
    }

    public boolean finished() {
        return finished;
    }

    /** Back to the lab's boot: nothing has run. */
    public void reset() {
        booted.close();
        restart();
    }

    private void restart() {
        booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()));
        stacks = new KernelStacks();
        finished = false;
        publish("at the start: every released core is about to fetch its first instruction");
    }

    /** One machine operation or x86 instruction, on whichever core runs next. */
    public void step() {
        runTo(machine().boundaries() + 1, "stepped");
    }

    /**
     * One kernel source line on core {@code pid}: runs until that core's running kernel code stands
     * on another line (its innermost kernel frame changes). On a core running x86 code, one step.
     */
    public void stepLine(int pid) {
        SourceLine start = latest.sourceLine(pid);
        if (start == null) {
            step();
            return;
        }
        Machine m = machine();
        m.setBoundaryWatcher(core -> {
            if (core.pid() != pid) {
                return false;
            }
            SourceLine here = SourceLine.topKernelFrame(Thread.currentThread().getStackTrace());
            return here != null && !here.equals(start);
        });
        try {
            after(m.run(), "stepped one source line on core " + pid);
        } finally {
            m.setBoundaryWatcher(null);
        }
    }

    /**
     * Back one kernel source line on core {@code pid}: re-run from the start, noting every boundary
     * at which that core's kernel line changed, and stop at the last such boundary before the
     * current position (the start of the line before).
     */
    public void backLine(int pid) {
        long here = machine().boundaries();
        reset();
        Machine m = machine();
        java.util.List<Long> changes = new java.util.ArrayList<>();
        SourceLine[] last = {null};
        m.setBoundaryWatcher(core -> {
            if (core.pid() == pid) {
                SourceLine now = SourceLine.topKernelFrame(Thread.currentThread().getStackTrace());
                if (now != null && !now.equals(last[0])) {
                    changes.add(m.boundaries());
                    last[0] = now;
                }
            }
            return false;
        });
        try {
            m.runToBoundary(here, Long.MAX_VALUE);
        } finally {
            m.setBoundaryWatcher(null);
        }
        long target = changes.stream().filter(b -> b < here).reduce((a, b) -> b).orElse(0L);
        reset();
        if (target > 0) {
            runTo(target, "stepped back one source line on core " + pid);
        }
    }

    /** Back by one boundary: re-run from the start to the boundary before this one. */
    public void stepBack() {
        long target = Math.max(0, machine().boundaries() - 1);
        booted.close();
        booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()));
        stacks = new KernelStacks();
        finished = false;
        if (target == 0) {
            publish("at the start");
        } else {
            runTo(target, "stepped back");
        }
    }

    /**
     * From any thread: the command in progress stops at its next instruction boundary and
     * publishes where it stopped (Pause during "next event" or a breakpoint that never hits).
     */
    public void pause() {
        booted.machine().requestPause();
    }

    /** Runs to an exact position (the timeline and step-back use it). */
    public void runTo(long boundary, String why) {
        if (boundary < machine().boundaries()) {
            reset();
        }
        RunResult result = machine().runToBoundary(boundary, Long.MAX_VALUE);
        after(result, why + " to boundary " + machine().boundaries());
    }

    /** Runs until the next trace event that {@code stopAt} accepts (a kind, a core, a breakpoint). */
    public void runUntil(Predicate<TraceEntry> stopAt, String what) {
        Machine m = machine();
        Consumer<TraceEntry> watcher = e -> {
            if (stopAt.test(e)) {
                m.requestStop();
            }
        };
        m.trace().addListener(watcher);
        try {
            after(m.run(), "ran to " + what);
        } finally {
            m.trace().removeListener(watcher);
        }
    }

    /**
     * Back to the previous event that {@code kind} accepts: re-run from the start and stop at the
     * occurrence before the last one seen so far (or at the start if there was none).
     */
    public void backUntil(Predicate<TraceEntry> kind, String what) {
        long seen = machine().trace().entries().stream().filter(kind).count();
        reset();
        for (long i = 0; i + 1 < seen; i++) {
            runUntil(kind, what);
        }
        if (seen <= 1) {
            publish("back at the start: no earlier " + what);
        }
    }

    /**
     * Runs until a core's running kernel code reaches one of {@code breakpoints} (a source line
     * breakpoint), checked at every instruction boundary on the context's own stack.
     */
    public void runToSourceLine(java.util.Set<SourceLine> breakpoints) {
        Machine m = machine();
        m.setBoundaryWatcher(core -> SourceLine.kernelFrames(Thread.currentThread().getStackTrace()).stream()
            .anyMatch(breakpoints::contains));
        try {
            after(m.run(), "ran to a source breakpoint");
        } finally {
            m.setBoundaryWatcher(null);
        }
    }

    /**
     * Runs until one of {@code breakpoints} hits (see {@link ArmedBreakpoints}); the status names
     * the breakpoint that hit ("stopped at event ModeSwitch: ..."). Without a hit the run ends as
     * {@link Machine#run()} does.
     */
    public void runToBreakpoints(Breakpoints breakpoints) {
        try (ArmedBreakpoints armed = arm(breakpoints)) {
            RunResult result = machine().run(armed.timeLimit());
            after(result, armed.status(result));
        }
    }

    /**
     * Arms {@code breakpoints} on this run until the result is closed: a watched run then goes on
     * in slices with {@link #advance(long, long)} and stops where {@link #runToBreakpoints} would.
     */
    public ArmedBreakpoints arm(Breakpoints breakpoints) {
        return new ArmedBreakpoints(machine(), breakpoints, this::ticks);
    }

    private long ticks(int pid) {
        Kernel k = booted.kernels().get(pid);
        return k == null ? 0 : k.ticks();
    }

    /** Runs for at most one chunk of simulated time (the GUI calls this repeatedly to "run"). */
    public RunResult runChunk() {
        Machine m = machine();
        RunResult result = m.run(m.cores().stream().mapToLong(c -> c.time()).max().orElse(0) + RUN_CHUNK_UNITS);
        after(result, "running");
        return result;
    }

    /**
     * Runs at most {@code count} more boundaries without publishing a snapshot: a watched run goes
     * on in such slices and publishes only when the window can show a new frame. Stopping
     * between slices changes nothing in the machine (the engine resumes the same core), so a run
     * in slices ends in the same state as one run.
     */
    public RunResult advance(long count) {
        return advance(count, Long.MAX_VALUE);
    }

    /** {@link #advance(long)} that also stops at global time {@code untilTime} (a cycle breakpoint). */
    public RunResult advance(long count, long untilTime) {
        RunResult result = machine().runToBoundary(machine().boundaries() + count, untilTime);
        finished = result.reason() == RunResult.Reason.ALL_IDLE;
        return result;
    }

    /** Publishes where a run of slices stands now, with {@code last} the result of its last slice. */
    public void publishRun(RunResult last, String what) {
        after(last, what);
    }

    private void after(RunResult result, String what) {
        finished = result.reason() == RunResult.Reason.ALL_IDLE;
        boolean paused = result.reason() == RunResult.Reason.PAUSED;
        publish(finished ? "finished: every core is idle or stopped"
            : paused ? "paused at boundary " + machine().boundaries() : what);
    }

    private void publish(String status) {
        Machine m = machine();
        SortedMap<Integer, KernelSnapshot> kernels = new TreeMap<>();
        for (Map.Entry<Integer, Kernel> e : booted.kernels().entrySet()) {
            kernels.put(e.getKey(), KernelSnapshot.of(e.getValue()));
        }
        SortedMap<Integer, java.util.List<SourceLine>> lines = new TreeMap<>();
        for (int pid : booted.kernels().keySet()) {
            lines.put(pid, stacks.of(m, pid));
        }
        latest = new DebugSnapshot(lab.name(), m.boundaries(), MachineSnapshot.of(m), kernels, m.trace().entries(),
            status, lines);
    }

    private Machine machine() {
        return booted.machine();
    }

    @Override
    public void close() {
        booted.close();
    }
}
