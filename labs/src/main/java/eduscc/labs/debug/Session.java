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
import eduscc.machine.snapshot.MemoryDump;
import eduscc.machine.trace.TraceEntry;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
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
    /** Where the cores write (the machine's write watch); the snapshot lists the last command's writes. */
    private MemoryWrites writes;
    /** The position of the last snapshot, or -1 after a re-run from the boot (then "the last step" is meant). */
    private long publishedPosition = -1;
    /** The event the command in progress stops at (set on the recording context), published with it. */
    private volatile StopEvent stopEvent;
    /** What the memory view looks at; every snapshot reads it at its pause. */
    private volatile MemoryWindow memoryWindow;

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
        finished = false;
        watchWrites();
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
        finished = false;
        watchWrites();
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
                if (stopEvent == null) {
                    stopEvent = StopEvent.here(e);
                }
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
     * Runs until one of {@code breakpoints} hits: a trace listener watches events, the boundary
     * watcher source lines, the write watch memory ranges, and the earliest cycle breakpoint ahead
     * becomes the run's time limit. All are disarmed afterwards; the status names the breakpoint
     * that hit ("stopped at event ModeSwitch: ..."). Without a hit the run ends as {@link Machine#run()} does.
     */
    public void runToBreakpoints(Breakpoints breakpoints) {
        Machine m = machine();
        long[] armedTicks = new long[m.cores().size()];
        for (int pid = 0; pid < armedTicks.length; pid++) {
            armedTicks[pid] = ticks(pid);
        }
        AtomicReference<String> hit = new AtomicReference<>();
        Consumer<TraceEntry> events = e -> breakpoints.hitBy(e, this::ticks, pid -> armedTicks[pid])
            .ifPresent(b -> {
                if (stopEvent == null) {
                    stopEvent = StopEvent.here(e);
                }
                stopAt(m, hit, b.text() + ": " + e.event().kind() + " on core " + e.core());
            });
        m.trace().addListener(events);
        if (breakpoints.watchesLines()) {
            m.setBoundaryWatcher(core -> breakpoints
                .hitAtLines(SourceLine.kernelFrames(Thread.currentThread().getStackTrace()))
                .map(b -> stopAt(m, hit, b.text() + " on core " + core.pid())).isPresent());
        }
        if (breakpoints.watchesWrites()) {
            m.setWriteWatch((pid, linear, size) -> {
                writes.written(pid, linear, size);
                breakpoints.hitByWrite(linear, size)
                    .ifPresent(b -> stopAt(m, hit, b.text() + String.format(": core %d wrote %d bytes at 0x%08X",
                        pid, size, linear)));
            });
        }
        var cycle = breakpoints.nextCycle(m.now());
        try {
            RunResult result = m.run(cycle.map(DebugBreakpoint.AtCycle::time).orElse(Long.MAX_VALUE));
            if (hit.get() == null && cycle.isPresent() && result.reason() == RunResult.Reason.TIME_LIMIT) {
                hit.set(cycle.get().text());
            }
            after(result, hit.get() == null ? "ran: no breakpoint hit" : "stopped at " + hit.get());
        } finally {
            m.trace().removeListener(events);
            m.setBoundaryWatcher(null);
            m.setWriteWatch(writes);
        }
    }

    /** Records the first breakpoint that hit in this run and asks for a stop at the next boundary. */
    private static boolean stopAt(Machine m, AtomicReference<String> hit, String what) {
        hit.compareAndSet(null, what);
        m.requestStop();
        return true;
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
            lines.put(pid, java.util.List.copyOf(SourceLine.kernelFrames(m.javaStack(pid))));
        }
        long now = m.boundaries();
        LastWrites written = writes.between(publishedPosition < 0 || publishedPosition > now ? now - 1 : publishedPosition, now);
        publishedPosition = now;
        StopEvent stop = stopEvent;
        stopEvent = null;
        latest = new DebugSnapshot(lab.name(), now, MachineSnapshot.of(m), kernels, m.trace().entries(),
            status, lines, stop, written, read(memoryWindow));
    }

    /** Every data write of the cores goes to {@link #writes}; a re-run from the boot starts afresh. */
    private void watchWrites() {
        writes = new MemoryWrites(machine());
        machine().setWriteWatch(writes);
        publishedPosition = -1;
    }

    /**
     * Reads {@code window} now and lets every later snapshot carry it (the memory view). Call it on
     * the thread that drives the session, between commands: the machine must be paused (DESIGN §5).
     */
    public MemoryDump readMemory(MemoryWindow window) {
        memoryWindow = window;
        return read(window);
    }

    /** From any thread: the snapshots published from now on carry {@code window} (a run in progress included). */
    public void watchMemory(MemoryWindow window) {
        memoryWindow = window;
    }

    private MemoryDump read(MemoryWindow window) {
        if (window == null) {
            return null;
        }
        Machine m = machine();
        if (window.core() < 0 || window.core() >= m.cores().size()) {
            throw new IllegalArgumentException("no core " + window.core() + " on the chip (0.." + (m.cores().size() - 1) + ")");
        }
        return MemoryDump.read(m.core(window.core()), m.chip(), window.space(), window.address(), window.length());
    }

    private Machine machine() {
        return booted.machine();
    }

    @Override
    public void close() {
        booted.close();
    }
}
