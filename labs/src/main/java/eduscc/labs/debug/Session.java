package eduscc.labs.debug;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelSnapshot;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.Machine;
import eduscc.machine.engine.RunResult;
import eduscc.machine.snapshot.MachineSnapshot;
import eduscc.machine.time.Clocks;
import eduscc.machine.snapshot.MemoryDump;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TracePrefix;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A debugging session on one lab (DESIGN §5): run, pause, step forward by instruction boundaries
 * or to the next event of a kind, and step back. Going back runs the lab forward again to the
 * earlier position, from the nearest of a few paused {@link Replicas} behind the present one (or
 * from the boot): the run is deterministic, so that is the same state as before. A checkpoint
 * cannot be a copy of the state, because the Java stacks of parked contexts cannot be copied; a
 * replica is a second boot of the same lab, paused at an earlier boundary.
 *
 * <p><b>One position, one state.</b> A position is a count of instruction boundaries, and every
 * way of reaching it (a step, "next event", going back, a saved {@link SessionFile}) must show the
 * same state, because going back and reopening only ever re-run to a count. The engine keeps that
 * promise (see {@code Engine}): a run stops only at a boundary, a HLT is one boundary as the core
 * enters the halted state and another as it wakes and takes the interrupt, and a core that panics
 * or shuts down passes a last boundary as it stops. So "next event Halt" shows the halted core at
 * the position after the HLT, and a step back to that position shows it again. An event stops the
 * run at the boundary after it, which {@link #lastStopBefore} counts on. Only a stop on a time
 * limit (a chunk of "run", a cycle breakpoint, "go to cycle") can lie past the last boundary, when
 * the cores idled on; {@link #rerunToStepBefore} runs on to that time.
 *
 * <p>A session is driven from one thread at a time (the GUI puts its commands on one simulation
 * thread); every command ends paused, with a fresh {@link #snapshot()}. The replicas' own worker
 * thread never touches the live machine; it moves the replicas while no command runs (a command
 * holds it, a published snapshot lets it go on), and {@link #close} ends it.
 */
public final class Session implements AutoCloseable {
    /** How far "run" goes at most before it pauses again to publish a snapshot (100 ms simulated). */
    public static final long RUN_CHUNK_UNITS = LabRunner.PROGRESS_STEP_UNITS;
    /**
     * How many of the latest trace events a session keeps in memory (besides the boot, the
     * trace's head): the window the events view, the timeline and the run-queue view read, and the
     * most rows the events view holds. 50,000 entries take a few megabytes with their rows and
     * hold every event of a shipped lab run to its end, so a short run shows exactly what it did
     * before there was a window; two tasks taking turns at 10 kHz for a billion cycles record
     * some 356,000 events, and the earlier ones are {@link #events derived again} when asked for.
     */
    public static final int TRACE_WINDOW = 50_000;

    private final Scenario lab;
    /** The live machine with its recorders; replaced by a replica or a new boot when going back. */
    private volatile DebugRun run;
    /** Paused replicas of the lab behind the present position, kept by a background thread. */
    private final Replicas replicas;
    /** Where the last backward move started its run: a replica's position, or 0 from the boot. */
    private long rewoundFrom;
    /** How often this session booted the lab afresh (the first boot included). */
    private long boots;
    private volatile DebugSnapshot latest;
    private boolean finished;
    /** The last run ended on a time limit (a cycle breakpoint, a chunk of "run"), between boundaries. */
    private boolean stoppedOnTime;
    /** The ticks some narration step checks: only their ends are kept (see {@link DebugRun}). */
    private final java.util.Set<Long> checkedTicks;
    /** The state one boundary short of where the command in progress will stop, if it passed there. */
    private DebugSnapshot stepBefore;
    /** The position of the last snapshot, or -1 after a re-run from the boot (then "the last step" is meant). */
    private long publishedPosition = -1;
    /** The event the command in progress stops at (set on the recording context), published with it. */
    private volatile StopEvent stopEvent;
    /** What the memory view looks at; every snapshot reads it at its pause. */
    private volatile MemoryWindow memoryWindow;
    /** The core whose page tables the paging view looks at, or -1; every snapshot reads them at its pause. */
    private volatile int pagesCore = -1;

    public Session(Scenario lab) {
        this(lab, ReplicaLadder.DEFAULT);
    }

    /** A session whose backward moves start from replicas on {@code ladder} ({@link ReplicaLadder#NONE}: from the boot). */
    public Session(Scenario lab, ReplicaLadder ladder) {
        this.lab = lab;
        this.checkedTicks = lab.narration().stream().filter(n -> n.check() != null).map(n -> n.tick())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.replicas = new Replicas(ladder, this::newRun, lab.name());
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
        replicas.hold();
        restart();
    }

    private void restart() {
        reboot();
        publish("at the start: every released core is about to fetch its first instruction");
    }

    /** A fresh boot of the lab with the debugger's recorders (also how the replica worker makes one). */
    private DebugRun newRun() {
        return new DebugRun(lab, checkedTicks, TRACE_WINDOW);
    }

    /** A fresh boot of the lab at position 0, not yet published (going back runs forward from here). */
    private void reboot() {
        replace(newRun());
        rewoundFrom = 0;
        boots++;
    }

    /**
     * Going back: the live machine becomes the replica at the latest position that {@code usable}
     * accepts (one the command then runs forward the short way to where it goes), or a fresh boot
     * if no replica stands early enough. Either way it is the state a re-run from the boot
     * reaches there. {@code usable} must hold at every position before one where it holds.
     */
    private void rewind(Predicate<DebugRun> usable) {
        DebugRun replica = replicas.take(usable);
        if (replica == null) {
            reboot();
        } else {
            replace(replica);
            rewoundFrom = replica.position();
        }
    }

    /** {@link #rewind} to a position at or before {@code latest}. */
    private void rewindTo(long latest) {
        rewind(r -> r.position() <= latest);
    }

    private void replace(DebugRun next) {
        DebugRun old = run;
        run = next;
        finished = false;
        publishedPosition = -1;
        if (old != null) {
            old.close();
        }
    }

    /** Where the last backward move started running: a replica's position, or 0 for the boot. */
    long rewoundFrom() {
        return rewoundFrom;
    }

    /** How often this session booted the lab afresh instead of taking a replica (the first boot included). */
    long boots() {
        return boots;
    }

    /** The positions of the replicas that stand behind the present one now, ascending. */
    public java.util.List<Long> replicaPositions() {
        return replicas.positions();
    }

    /**
     * Waits until the replica worker has finished moving the replicas behind the present position
     * (a benchmark's and a test's completion signal; the debugger itself never waits for it).
     */
    public void awaitReplicas() {
        replicas.awaitStanding();
    }

    /** Whether a replica met a hang, so the session makes no more of them (tests). */
    boolean replicasStoppedByAHang() {
        return replicas.labHangs();
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
        replicas.hold();
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
     * Back one kernel source line on core {@code pid}: the start of the line before, the last
     * boundary before the current position at which that core's kernel line changed. Found by
     * running forward from the nearest replica behind (or the boot) with a watcher on the
     * core's stack ({@link LineStarts}); when the line began before that replica, from the next
     * one back. Then from a replica (or the boot) to that boundary.
     */
    public void backLine(int pid) {
        replicas.hold();
        long here = machine().boundaries();
        long target = -1;
        while (target < 0) {
            rewindTo(here - 1);
            target = LineStarts.lastBefore(machine(), pid, here, rewoundFrom == 0);
        }
        if (target > 0) {
            runTo(target, "stepped back one source line on core " + pid);
        } else {
            restart();
        }
    }

    /** Back by one boundary: from a replica behind it (or the boot) forward to the boundary before this one. */
    public void stepBack() {
        replicas.hold();
        long target = Math.max(0, machine().boundaries() - 1);
        if (target == 0) {
            reboot();
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
        run.machine().requestPause();
    }

    /**
     * Runs to an exact position (the timeline, step back and "go to" use it). It stops once on
     * the way, one boundary short, to keep that state as the step before the target.
     */
    public void runTo(long boundary, String why) {
        replicas.hold();
        Machine m = machine();
        if (boundary < m.boundaries()) {
            // two short, so that the run passes the step before the target and keeps it
            rewindTo(boundary - 2);
            m = machine();
        }
        DebugSnapshot before = null;
        if (boundary - 1 > m.boundaries()) {
            RunResult early = m.runToBoundary(boundary - 1, Long.MAX_VALUE);
            if (early.reason() != RunResult.Reason.STOPPED) {
                after(early, why + " to boundary " + m.boundaries());
                return;
            }
            before = capture("");
        }
        RunResult result = m.runToBoundary(boundary, Long.MAX_VALUE);
        if (before != null && m.boundaries() == boundary) {
            stepBefore = before;
        }
        after(result, why + " to boundary " + m.boundaries());
    }

    /** Runs until the next trace event that {@code stopAt} accepts (a kind, a core, a breakpoint). */
    public void runUntil(Predicate<TraceEntry> stopAt, String what) {
        replicas.hold();
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
     * Back to the previous event that {@code kind} accepts: the latest position, strictly before
     * this one, at which {@link #runUntil} with the same kind would have stopped (or the start if
     * there is none). Several matching events within one step (a scheduler decision and the far
     * JMP it leads to) are one stop, as they are going forward. Re-runs from the start to find the
     * stops, then once more to the one before this position.
     */
    public void backUntil(Predicate<TraceEntry> kind, String what) {
        replicas.hold();
        long here = machine().boundaries();
        long target = lastStopBefore(kind, here);
        if (target == 0) {
            reboot();
            publish("back at the start: no " + what + " before boundary " + here);
        } else {
            runTo(target, "back to the previous " + what + ",");
        }
    }

    /**
     * The last position before {@code here} where a run to the next {@code kind} event stops. A
     * stop requested by an event takes effect at the next instruction boundary, so an event seen
     * while {@code b} boundaries have passed stops the run at {@code b + 1}: a Halt at the boundary
     * of entering the halted state, a Panic at the boundary of the core's stop. Read off the trace
     * window when it reaches back far enough ({@link EventPositions}); else found by running
     * forward from a replica that has not yet recorded the window's oldest event, watching the
     * events (from the next one back if none of them is of the kind, at last from the boot).
     */
    private long lastStopBefore(Predicate<TraceEntry> kind, long here) {
        TracePrefix window = machine().trace().entries();
        long inWindow = run.eventPositions().lastStopBefore(window, kind, here);
        if (inWindow >= 0) {
            return inWindow;
        }
        long oldestSeen = run.eventPositions().oldestCovered(window);
        while (true) {
            rewind(r -> r.machine().trace().size() <= oldestSeen);
            Machine m = machine();
            long[] last = {0};
            Consumer<TraceEntry> stops = e -> {
                if (kind.test(e)) {
                    last[0] = m.boundaries() + 1;
                }
            };
            m.trace().addListener(stops);
            try {
                advanceTo(here - 1);
            } finally {
                m.trace().removeListener(stops);
            }
            if (last[0] > 0 || rewoundFrom == 0) {
                return last[0] < here ? last[0] : 0;
            }
        }
    }

    /** Runs to boundary {@code target} (or the end), not giving up on a pause: a re-run is one command. */
    private RunResult advanceTo(long target) {
        return run.advanceTo(target);
    }

    /**
     * Goes to the first position of timer tick {@code tick} on core {@code pid}: the boundary at
     * which that core's kernel has counted the tick (tick 0 is the start).
     */
    public void goToTick(int pid, long tick) {
        replicas.hold();
        if (run.booted().kernels().get(pid) == null) {
            throw new IllegalArgumentException("lab " + lab.name() + " runs no kernel on core " + pid);
        }
        if (tick <= 0) {
            reboot();
            publish("at the start: tick 0");
            return;
        }
        // a replica before the tick began: the count only grows, so the run from the boot passed it
        rewind(r -> r.schedulerTick(pid) < tick);
        Machine m = machine();
        Kernel kernel = run.booted().kernels().get(pid);
        // the scheduler's count, which the narration and the run-queue view show; the timer
        // handler counts its own tick one EOI earlier
        m.setBoundaryWatcher(core -> kernel.scheduler() != null && kernel.scheduler().tick() >= tick);
        try {
            after(m.run(), "at the start of tick " + tick + " on core " + pid);
        } finally {
            m.setBoundaryWatcher(null);
        }
    }

    /** Goes to core cycle {@code cycle} at 533 MHz: the last position before global time reaches it. */
    public void goToCycle(long cycle) {
        if (cycle < 0 || cycle > Long.MAX_VALUE / Clocks.TILE_533_UNITS) {
            throw new IllegalArgumentException("cycle " + cycle + " lies outside 0.." + Long.MAX_VALUE / Clocks.TILE_533_UNITS);
        }
        replicas.hold();
        long until = cycle * Clocks.TILE_533_UNITS;
        // A replica all of whose cores stand before that time: every boundary up to it came
        // earlier, so the run from the boot to the time limit passed it without stopping.
        rewind(r -> r.latestCoreTime() < until);
        after(machine().run(until), "at cycle " + cycle);
    }

    /**
     * Goes to where "next event" stops for trace event number {@code seq}: the boundary after it
     * (a double-click on an event row). From a replica or the start if the event lies behind: when
     * the trace window still says at which position it happened, the run passes the step before
     * and keeps it (one replica used); otherwise from a replica that has not yet recorded it.
     */
    public void goToEvent(long seq) {
        if (seq < 0) {
            throw new IllegalArgumentException("trace events are numbered from 0, got " + seq);
        }
        replicas.hold();
        if (seq < machine().trace().size()) {
            long stop = run.eventPositions().stopAfter(seq);
            if (stop > 1) {
                rewindTo(stop - 2);
                advanceTo(stop - 1);
                stepBefore = capture("");
            } else {
                rewind(r -> r.machine().trace().size() <= seq);
            }
        }
        runUntil(e -> e.seq() == seq, "event #" + seq);
    }

    /**
     * Runs until a core's running kernel code reaches one of {@code breakpoints} (a source line
     * breakpoint), checked at every instruction boundary on the context's own stack.
     */
    public void runToSourceLine(java.util.Set<SourceLine> breakpoints) {
        replicas.hold();
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
     * Trace events {@code fromSeq} to {@code fromSeq + count - 1}, fewer if the run so far has
     * fewer: from the window when it holds them, otherwise derived again by re-running the lab
     * from its boot in a second machine ({@link EarlierEvents}; this session's position does not
     * move). What the events view shows when it scrolls before the window.
     */
    public java.util.List<TraceEntry> events(long fromSeq, int count) {
        TracePrefix window = machine().trace().entries();
        long end = Math.min(fromSeq + count, window.endSeq());
        if (end <= fromSeq) {
            return java.util.List.of();
        }
        if (fromSeq >= window.firstSeq()) {
            return java.util.List.copyOf(window.subList((int) (fromSeq - window.firstSeq()), (int) (end - window.firstSeq())));
        }
        return EarlierEvents.rerun(lab, fromSeq, (int) (end - fromSeq));
    }

    /**
     * Runs until one of {@code breakpoints} hits (see {@link ArmedBreakpoints}); the status names
     * the breakpoint that hit ("stopped at event ModeSwitch: ..."). Without a hit the run ends as
     * {@link Machine#run()} does.
     */
    public void runToBreakpoints(Breakpoints breakpoints) {
        replicas.hold();
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
        return new ArmedBreakpoints(machine(), breakpoints, this::ticks, run.writes(), e -> {
            if (stopEvent == null) {
                stopEvent = StopEvent.here(e);
            }
        });
    }

    private long ticks(int pid) {
        Kernel k = run.booted().kernels().get(pid);
        return k == null ? 0 : k.ticks();
    }

    /**
     * Runs for at most one chunk of simulated time (the GUI calls this repeatedly to "run"). A
     * chunk does not look for the step before it; {@link #settle} does once the run ends.
     */
    public RunResult runChunk() {
        replicas.hold();
        Machine m = machine();
        RunResult result = m.run(m.cores().stream().mapToLong(c -> c.time()).max().orElse(0) + RUN_CHUNK_UNITS);
        finished = result.reason() == RunResult.Reason.ALL_IDLE;
        stoppedOnTime = result.reason() == RunResult.Reason.TIME_LIMIT;
        show(capture(status(result, "running")));
        return result;
    }

    /**
     * After a run in chunks: adds the step before the present position to the snapshot, re-running
     * from the start to one boundary short if no earlier command passed there.
     */
    public void settle() {
        if (latest.previousStep() == null && latest.position() > 0) {
            replicas.hold();
            publish(latest.status());
        }
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
        replicas.hold();
        RunResult result = machine().runToBoundary(machine().boundaries() + count, untilTime);
        finished = result.reason() == RunResult.Reason.ALL_IDLE;
        return result;
    }

    /** Publishes where a run of slices stands now, with {@code last} the result of its last slice. */
    public void publishRun(RunResult last, String what) {
        finished = last.reason() == RunResult.Reason.ALL_IDLE;
        stoppedOnTime = last.reason() == RunResult.Reason.TIME_LIMIT;
        show(capture(status(last, what)));
    }

    private void after(RunResult result, String what) {
        finished = result.reason() == RunResult.Reason.ALL_IDLE;
        stoppedOnTime = result.reason() == RunResult.Reason.TIME_LIMIT;
        publish(status(result, what));
    }

    private String status(RunResult result, String what) {
        return finished ? "finished: every core is idle or stopped"
            : result.reason() == RunResult.Reason.PAUSED ? "paused at boundary " + machine().boundaries() : what;
    }

    /**
     * Publishes the state here, with the state one boundary earlier beside it: the snapshot
     * published last if it stood there, otherwise a re-run from the start to that boundary
     * and on to here (deterministic, so the same state as before).
     */
    private void publish(String status) {
        DebugSnapshot now = capture(status);
        DebugSnapshot last = stepBefore != null ? stepBefore : latest;
        stepBefore = null;
        if (now.position() == 0) {
            show(now);
        } else if (last != null && last.position() == now.position() - 1) {
            show(now.withPreviousStep(last));
        } else if (last != null && last.position() == now.position() && last.previousStep() != null) {
            show(now.withPreviousStep(last.previousStep()));
        } else {
            show(now.withPreviousStep(rerunToStepBefore(now.position())));
        }
    }

    /**
     * Makes {@code snapshot} the one the window sees: the stop event it carries is used up, and the
     * next snapshot's "written since the last step" starts here.
     */
    private void show(DebugSnapshot snapshot) {
        latest = snapshot;
        publishedPosition = snapshot.position();
        stopEvent = null;
        replicas.follow(snapshot.position());
    }

    /**
     * Runs from a replica (or the start) to {@code here - 1}, takes the state there, and steps on to {@code here},
     * and on to the same time if the run stopped on a time limit (a cycle breakpoint, a chunk of
     * "run") while the cores idled past the last boundary.
     */
    private DebugSnapshot rerunToStepBefore(long here) {
        boolean wasFinished = finished;
        long time = machine().now();
        rewindTo(here - 1);
        advanceTo(here - 1);
        DebugSnapshot before = capture("");
        if (wasFinished) {
            machine().run();
        } else {
            advanceTo(here);
            // Only a stop on a time limit went on past the boundary; a stop at an event or a
            // boundary did not, and running on to its time would pass further boundaries of the
            // cores that are behind (48 cores: some idle past their last boundary).
            if (stoppedOnTime && machine().now() < time) {
                machine().run(time);
            }
        }
        finished = wasFinished;
        if (machine().boundaries() != here) {
            throw new IllegalStateException("lab " + lab.name() + ": re-running to boundary " + here + " ended at "
                + machine().boundaries() + "; the run is not deterministic");
        }
        return before;
    }

    /** The state at this pause, without the step before it. */
    private DebugSnapshot capture(String status) {
        Machine m = machine();
        SortedMap<Integer, KernelSnapshot> kernels = new TreeMap<>();
        for (Map.Entry<Integer, Kernel> e : run.booted().kernels().entrySet()) {
            kernels.put(e.getKey(), KernelSnapshot.of(e.getValue()));
        }
        SortedMap<Integer, java.util.List<SourceLine>> lines = new TreeMap<>();
        for (int pid : run.booted().kernels().keySet()) {
            lines.put(pid, run.stacks().of(m, pid));
        }
        long now = m.boundaries();
        LastWrites written = run.writes().between(publishedPosition < 0 || publishedPosition > now ? now - 1 : publishedPosition, now);
        StopEvent stop = stopEvent;
        return new DebugSnapshot(lab.name(), now, MachineSnapshot.of(m), kernels, m.trace().entries(),
            status, lines, null, run.tickEnds(), stop, written, read(memoryWindow), readPagesOf(pagesCore),
            guests(m), MessagingState.read(m, run.booted().kernels(),
                lab.usesMessaging() ? lab.machine().cores() : java.util.List.of(), run.hopLatencies().rows(),
                run.lockHolders().held()),
            run.switchSamples().samples());
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

    /**
     * Reads core {@code core}'s page directory, page tables and frame allocator now and lets every
     * later snapshot carry them (the paging view). Call it on the thread that drives the session,
     * between commands, as {@link #readMemory}.
     */
    public PageTables readPages(int core) {
        checkCore(core);
        pagesCore = core;
        return readPagesOf(core);
    }

    /** From any thread: the snapshots published from now on carry core {@code core}'s page tables (a run in progress included). */
    public void watchPages(int core) {
        pagesCore = core;
    }

    private PageTables readPagesOf(int core) {
        if (core < 0) {
            return null;
        }
        Machine m = machine();
        return PageTables.read(m.core(core), m.chip());
    }

    /**
     * Each core's guest, read at this pause: the one whose shadow the core runs on, else the last
     * that has not ended, else the last (a core runs one guest at a time; the lguest labs start one).
     */
    private java.util.List<GuestWorlds> guests(Machine m) {
        java.util.List<GuestWorlds> worlds = new java.util.ArrayList<>();
        for (Map.Entry<Integer, Kernel> e : run.booted().kernels().entrySet()) {
            java.util.List<eduscc.kernel.lguest.HostBookkeeping> hosted = e.getValue().guests();
            if (hosted.isEmpty()) {
                continue;
            }
            eduscc.machine.cpu.Core core = m.core(e.getKey());
            eduscc.kernel.lguest.HostBookkeeping shown = hosted.get(hosted.size() - 1);
            for (eduscc.kernel.lguest.HostBookkeeping g : hosted) {
                if (g.endReason() == null) {
                    shown = g;
                }
            }
            for (eduscc.kernel.lguest.HostBookkeeping g : hosted) {
                if (g.shadowDirectory() == (core.regs().cr3 & eduscc.machine.cpu.Paging.FRAME)) {
                    shown = g;
                }
            }
            worlds.add(GuestWorlds.read(core, m.chip(), shown));
        }
        return worlds;
    }

    private void checkCore(int core) {
        Machine m = machine();
        if (core < 0 || core >= m.cores().size()) {
            throw new IllegalArgumentException("no core " + core + " on the chip (0.." + (m.cores().size() - 1) + ")");
        }
    }

    private MemoryDump read(MemoryWindow window) {
        if (window == null) {
            return null;
        }
        checkCore(window.core());
        Machine m = machine();
        return MemoryDump.read(m.core(window.core()), m.chip(), window.space(), window.address(), window.length());
    }

    private Machine machine() {
        return run.machine();
    }

    /** Stops the replica worker, closes every replica and the live machine: no thread is left behind. */
    @Override
    public void close() {
        replicas.close();
        run.close();
    }
}
