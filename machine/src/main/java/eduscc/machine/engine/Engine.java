package eduscc.machine.engine;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.CoreStopped;
import eduscc.machine.cpu.Pacer;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;

/**
 * The execution engine of DESIGN §3. It always runs the core with the smallest local time
 * (ties go to the lower pid); that core may run ahead privately for at most one quantum past the
 * next-earliest core, and any access another core can see waits until it is the earliest, so
 * shared accesses happen in global time order. Only simulated time decides who runs.
 *
 * <p>A context that holds the baton without any machine operation for {@code hangMillis} of wall
 * time is reported as hung (the one wall-clock decision: it only fires for code that never
 * reaches an operation, and the hang's sampled Java stack is kept out of the trace hash); an
 * exception escaping kernel code is a panic of that core. Neither stops the other cores.
 *
 * <p><b>Positions.</b> The boundary counter is the debugger's position, and a position must name
 * exactly one machine state however the run got there (a step, a re-run from the boot, a stop at
 * an event, a saved session). Two rules make it so:
 * <ul>
 * <li>A run stops only at a boundary, on the context that passed it, before the driver does
 *     anything else. A stop asked for where no boundary follows at once (by the host between two
 *     runs, a pause from the GUI's thread) waits for the next boundary of any core, so a stop at
 *     an event and a run to the same count end at the same moment, idle cores included.</li>
 * <li>HLT is two boundaries: entering the halted state is one ({@link #halt}), and the wake-up is
 *     the HLT's own boundary, where the interrupt that woke the core is taken. So the position
 *     after a HLT shows the core halted, the next one shows it running again. A core that stops
 *     for good (a panic, a shutdown, a hang) passes a last boundary as it stops, for the same reason.</li>
 * </ul>
 * Between two boundaries only the driver acts: it idles halted cores to their wake times. A run
 * that ends on a time limit has done that past its last boundary too (see {@link #run}).
 */
public final class Engine implements Pacer {
    private static final int NONE = -1;

    private final Core[] cores;
    private final ExecutionContext[] contexts;
    /** Per core: contexts parked by a task switch, by the place that resumes them (Core.contextKey). */
    private final ParkedContexts[] parked;
    /** Every context ever started, so that the end of the run can let all of them unwind. */
    private final List<ExecutionContext> started = new ArrayList<>();
    private final ExecutionContext driver = new ExecutionContext("engine", NONE);
    private final long quantum;
    private final long hangMillis;
    /** The thread that carries the contexts as virtual threads, or null: platform threads. */
    private final VirtualCarrier carrier;
    /** Watched by the host's hang watch while the driver runs on the carrier (so volatile). */
    private volatile int running = NONE;
    private long horizon;
    /** Where the running core's quantum ends: the horizon before a run's time limit cuts it. */
    private long quantumEnd;
    /**
     * The core a stop, a pause or a time limit parked at a boundary inside its quantum: the next
     * run goes on with it, as if the run had never stopped (NONE if there is none).
     */
    private int resumable = NONE;
    private long earliestOtherTime;
    private int earliestOtherPid;
    private long hostTime;
    private volatile long dispatches;
    /** The dispatch the host's hang watch found without progress (virtual threads only; -1: none). */
    private volatile long hungDispatch = -1;
    /** The virtual thread that runs the driver's loop during a run, for the hang watch to wake. */
    private volatile Thread driverThread;
    /** Instruction boundaries passed by all cores since the start: the debugger's step counter. */
    private long boundaries;
    private long stopAtBoundary = Long.MAX_VALUE;
    /** A stop asked for (an event of the kind the debugger waits for); taken up at the next boundary. */
    private boolean stopRequested;
    /** The boundary just passed is where the run stops: the driver returns as soon as it gets the baton. */
    private boolean stopHere;
    /** The user's "pause" from another thread (the GUI); taken up at the next boundary. */
    private volatile boolean pauseRequested;
    /** The debugger's line breakpoints: asked at every boundary, on the running context's own thread. */
    private java.util.function.Predicate<Core> boundaryWatcher;
    /**
     * The one thread allowed to touch the machine right now (null while the driver decides).
     * Handing the baton back to the driver and reporting a hang both take it with a
     * compare-and-set, so a context that comes back just as its hang is reported either gets
     * its hand-back in first (no hang) or finds the baton gone (it stops).
     */
    private final AtomicReference<Thread> batonHolder = new AtomicReference<>();

    public Engine(List<Core> cores, long quantum, long hangMillis) {
        this.cores = cores.toArray(new Core[0]);
        this.contexts = new ExecutionContext[this.cores.length];
        this.parked = new ParkedContexts[this.cores.length];
        this.quantum = quantum;
        this.hangMillis = hangMillis;
        this.carrier = VirtualCarrier.create("eduscc-carrier");
        for (Core core : this.cores) {
            core.setPacer(this);
            parked[core.pid()] = new ParkedContexts();
        }
    }

    /** Whether this engine's contexts run on virtual threads (see {@link VirtualCarrier}). */
    public boolean virtualThreads() {
        return carrier != null;
    }

    /** The system property that turns virtual threads off ({@code -Deduscc.virtualThreads=false}). */
    public static final String VIRTUAL_THREADS_PROPERTY = VirtualCarrier.PROPERTY;

    /** Whether engines made in this JVM run their contexts on virtual threads. */
    public static boolean virtualThreadsAvailable() {
        return VirtualCarrier.available();
    }

    /** How often the engine handed the baton to a core: the context handoffs of the bench. */
    public long dispatches() {
        return dispatches;
    }

    /** The core whose context holds the baton, or -1 while the driver decides (or the host acts). */
    public int runningCore() {
        return running;
    }

    /** Global time as the running core sees it, or the host's time between runs. */
    public long now() {
        return running == NONE ? hostTime : cores[running].time();
    }

    /** sccReset released a core: it starts at the reset vector on its own context. */
    public void releaseReset(int pid, long time) {
        Core core = cores[pid];
        if (core.state() != CoreState.IN_RESET) {
            return;
        }
        core.releaseFromReset(time);
        core.trace(new TraceEvent.ResetReleased((pid / 2) % 6, pid / 12));
        parked[pid].clear();
        core.setParkedPlaces(parked[pid].filter());
        contexts[pid] = startContext(core, "boot");
        noteEarlierCore(pid, core.time());
    }

    /** A new thread that runs the core from wherever its registers point when it first gets the baton. */
    private ExecutionContext startContext(Core core, String name) {
        ExecutionContext context = new ExecutionContext(name, core.pid());
        started.add(context);
        context.start(() -> runCore(core, context), carrier);
        return context;
    }

    /**
     * The running context saved its place in a task switch: it parks there, and the baton goes to
     * the context that the new registers name, or to a new one that starts from them.
     */
    @Override
    public void transfer(Core core, long parkedAt) {
        requireBaton(core);
        if (core.takeEndRequest()) {
            throw new ContextEnded();
        }
        ExecutionContext self = contexts[core.pid()];
        parked[core.pid()].put(core.parkWorld(), parkedAt, self);
        core.setParkedPlaces(parked[core.pid()].filter());
        handTo(core, contextNamedByRegisters(core));
        self.waitTurn();
    }

    @Override
    public boolean isParkedAt(Core core, long key) {
        return parked[core.pid()].contains(core.regs().idtrBase, key);
    }

    /** The context the loaded registers name: a parked one, or a new one that starts there. */
    private ExecutionContext contextNamedByRegisters(Core core) {
        ExecutionContext next = parked[core.pid()].remove(core.regs().idtrBase, core.currentContextKey());
        core.setParkedPlaces(parked[core.pid()].filter());
        return next != null ? next
            : startContext(core, String.format("task@%08X", core.regs().cs().base() + core.regs().eip));
    }

    private void handTo(Core core, ExecutionContext next) {
        contexts[core.pid()] = next;
        batonHolder.set(next.thread());
        core.setOwner(next.thread());
        next.giveTurn();
    }

    /**
     * Unwinds the Java stack of a context whose task is dead, while it still holds the baton; at
     * the top of its thread the baton goes on to the context the registers name.
     */
    private static final class ContextEnded extends Error {
        private static final long serialVersionUID = 1L;

        ContextEnded() {
            super(null, null, false, false);
        }
    }

    /** A core went back into reset: its current context is given up and it waits for a release. */
    public void holdInReset(int pid) {
        if (resumable == pid) {
            resumable = NONE;
        }
        if (contexts[pid] != null) {
            contexts[pid].abandon();
            contexts[pid] = null;
        }
        cores[pid].setOwner(null);
        cores[pid].setState(CoreState.IN_RESET);
    }

    /** A wire change or a reset release may make another core due before the running one. */
    public void noteEarlierCore(int pid, long time) {
        if (running == NONE) {
            // The host changed the machine between runs: the next run decides afresh.
            resumable = NONE;
            return;
        }
        if (pid == running) {
            return;
        }
        if (time < earliestOtherTime || time == earliestOtherTime && pid < earliestOtherPid) {
            earliestOtherTime = time;
            earliestOtherPid = pid;
        }
        horizon = Math.min(horizon, saturatingAdd(time, quantum));
        quantumEnd = Math.min(quantumEnd, saturatingAdd(time, quantum));
    }

    /**
     * The body of a core's context thread. Only a thread that still holds the baton may record
     * what happened and hand the baton back; one the engine gave up on (a hang, a reset, the end
     * of the run) just unwinds. A core that stops for good (shutdown, machine check, panic) has
     * left the running state: like entering HLT, that is a boundary, so the position after it
     * shows the stopped core.
     */
    private void runCore(Core core, ExecutionContext context) {
        try {
            core.runFromHere();
        } catch (ContextEnded ended) {
            handTo(core, contextNamedByRegisters(core));
        } catch (CoreStopped stopped) {
            if (holdsBaton()) {
                if (core.state() == CoreState.RUNNING) {
                    core.setState(CoreState.SHUTDOWN);
                }
                passBoundary(core);
            }
        } catch (Throwable t) {
            if (holdsBaton()) {
                core.setState(CoreState.PANICKED);
                core.trace(new TraceEvent.Panic(runningTask(core, context), t.toString(), JavaStacks.format(t)));
                passBoundary(core);
            }
        } finally {
            if (batonHolder.compareAndSet(Thread.currentThread(), null)) {
                driver.giveTurn();
            }
        }
    }

    /** The kernel's name for the running task if it gave one, else the context's own name. */
    private static String runningTask(Core core, ExecutionContext context) {
        return core.taskLabel() != null ? core.taskLabel() : context.name();
    }

    private boolean holdsBaton() {
        return Thread.currentThread() == batonHolder.get();
    }

    /** A thread the engine gave up on must not take part again: it is stopped where it stands. */
    private void requireBaton(Core core) {
        if (!holdsBaton()) {
            throw new CoreStopped(core.pid(), "this Java thread no longer holds the baton");
        }
    }

    /**
     * Asks the engine to stop at the next instruction boundary: the core that passes it parks there and
     * {@link #run} returns {@code STOPPED}; the next run goes on from exactly that point. The
     * debugger calls this from a trace listener to stop at the next event of a kind. A stop inside
     * a core's quantum is invisible to the machine: the next run resumes that core up to the same
     * horizon, so a run split into any pieces interleaves the cores exactly as one run does.
     */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Asks, from any thread, that the run in progress stop at its next instruction boundary and
     * return {@code PAUSED} (the debugger's Pause during a run with no limit). A pause asked
     * while nothing runs is dropped when the next run starts. Where the run stops depends on when the user asked, but the
     * machine's state at that boundary is the same as if it had been stepped there.
     */
    public void requestPause() {
        pauseRequested = true;
    }

    /** Stops once {@code count} boundaries have been passed since the start (for stepping, also back). */
    public void stopAtBoundary(long count) {
        stopAtBoundary = count;
    }

    public long boundaries() {
        return boundaries;
    }

    /**
     * Stops at the first boundary where {@code watcher} says so (null: none). It runs on the
     * context that reached the boundary, so it may look at that thread's own Java stack.
     */
    public void setBoundaryWatcher(java.util.function.Predicate<Core> watcher) {
        this.boundaryWatcher = watcher;
    }

    /** The Java stack of the context that runs on {@code pid} now; empty if none (call while paused). */
    public StackTraceElement[] javaStack(int pid) {
        ExecutionContext context = contexts[pid];
        return context == null || context.thread() == null ? new StackTraceElement[0] : context.thread().getStackTrace();
    }

    /**
     * Runs cores until none can run, the next event is at {@code untilTime} or later, or a stop.
     * A stop returns at the boundary where it was taken up (or at once if the boundary count asked
     * for is already passed); a time limit returns after the driver idled the halted cores due
     * before {@code untilTime}, which may lie past the last boundary.
     */
    public RunResult run(long untilTime) {
        return carrier == null ? drive(untilTime) : driveOnCarrier(untilTime);
    }

    /**
     * With virtual threads the driver's loop runs on the carrier too, so that handing the baton
     * between it and a context is cheap, and this (host) thread watches for a hang instead: a
     * context whose core made no progress over {@code hangMillis} keeps the carrier for good, so
     * the watch replaces the carrier and wakes the driver, which reports the hang.
     */
    private RunResult driveOnCarrier(long untilTime) {
        CarriedRun run = new CarriedRun(() -> drive(untilTime));
        driverThread = carrier.unstarted("eduscc-engine", run);
        driverThread.start();
        long watchedDispatch = -1;
        long watchedBeat = 0;
        while (!run.awaitDone(hangMillis)) {
            long dispatch = dispatches;
            int pid = running;
            long beat = pid == NONE ? 0 : cores[pid].heartbeat();
            if (pid == NONE || dispatches != dispatch || dispatch == hungDispatch) {
                watchedDispatch = -1; // between dispatches, or already reported: nothing to watch
            } else if (dispatch == watchedDispatch && beat == watchedBeat) {
                hungDispatch = dispatch;
                carrier.replace();
                driverThread.interrupt();
                watchedDispatch = -1;
            } else {
                watchedDispatch = dispatch;
                watchedBeat = beat;
            }
        }
        return run.result();
    }

    /** The driver's loop: the body of {@link #run}, on the host thread or on the carrier. */
    private RunResult drive(long untilTime) {
        pauseRequested = false;
        while (true) {
            if (stopHere || boundaries >= stopAtBoundary) {
                stopHere = false;
                stopRequested = false;
                stopAtBoundary = Long.MAX_VALUE;
                boolean paused = pauseRequested;
                pauseRequested = false;
                return new RunResult(paused ? RunResult.Reason.PAUSED : RunResult.Reason.STOPPED, hostTime);
            }
            if (resumable != NONE && (cores[resumable].state() != CoreState.RUNNING || contexts[resumable] == null)) {
                resumable = NONE; // put back into reset or stopped since: nothing to resume
            }
            if (resumable != NONE) {
                Core stopped = cores[resumable];
                if (stopped.time() >= untilTime) {
                    hostTime = Math.max(hostTime, untilTime);
                    return new RunResult(RunResult.Reason.TIME_LIMIT, hostTime);
                }
                hostTime = Math.max(hostTime, stopped.time());
                resume(untilTime);
                continue;
            }
            int pid = earliest(NONE);
            if (pid == NONE) {
                return new RunResult(RunResult.Reason.ALL_IDLE, hostTime);
            }
            long due = dueTime(cores[pid]);
            if (due >= untilTime) {
                hostTime = Math.max(hostTime, untilTime);
                return new RunResult(RunResult.Reason.TIME_LIMIT, hostTime);
            }
            hostTime = Math.max(hostTime, due);
            Core core = cores[pid];
            if (core.state() == CoreState.HALTED) {
                core.idleUntil(due);
                if (!core.interrupts().hasDeliverable()) {
                    continue;
                }
            }
            dispatch(pid, untilTime);
        }
    }

    private void dispatch(int pid, long untilTime) {
        int other = earliest(pid);
        earliestOtherPid = other;
        earliestOtherTime = other == NONE ? Long.MAX_VALUE : dueTime(cores[other]);
        quantumEnd = saturatingAdd(earliestOtherTime, quantum);
        horizon = Math.min(untilTime, quantumEnd);
        giveBaton(pid);
    }

    /** Hands the baton back to the core a stop parked inside its quantum, with that quantum's horizon. */
    private void resume(long untilTime) {
        int pid = resumable;
        resumable = NONE;
        horizon = Math.min(untilTime, quantumEnd);
        giveBaton(pid);
    }

    private void giveBaton(int pid) {
        running = pid;
        dispatches++;
        try {
            batonHolder.set(contexts[pid].thread());
            cores[pid].setOwner(contexts[pid].thread());
            contexts[pid].giveTurn();
            awaitDriverTurn(pid);
        } finally {
            batonHolder.set(null);
            running = NONE;
        }
    }

    /** Waits for the baton to come back, watching for Java code that never reaches an operation. */
    private void awaitDriverTurn(int pid) {
        if (carrier != null) {
            awaitDriverTurnOnCarrier(pid);
            return;
        }
        Core core = cores[pid];
        long lastBeat = core.heartbeat();
        while (!driver.waitTurn(hangMillis)) {
            long beat = core.heartbeat();
            if (beat == lastBeat && reportHang(core, contexts[pid])) {
                return;
            }
            lastBeat = beat;
        }
    }

    /** The same on the carrier: the host's hang watch interrupts the wait when it finds a hang. */
    private void awaitDriverTurnOnCarrier(int pid) {
        while (!driver.waitTurnOrInterrupt()) {
            if (hungDispatch == dispatches && reportHang(cores[pid], contexts[pid])) {
                return;
            }
        }
    }

    /**
     * Gives up on a core whose Java code made no machine operation for {@code hangMillis}. This
     * is the one decision taken on wall-clock time; the thread cannot be stopped from outside and
     * keeps running its loop, but it is stopped at its next machine operation. False if the
     * context handed the baton on after all, between the watch's last look and now.
     */
    private boolean reportHang(Core core, ExecutionContext context) {
        if (!batonHolder.compareAndSet(context.thread(), null)) {
            return false; // it handed the baton on just now: no hang
        }
        core.setOwner(null); // its next charge stops it, before it touches the core again
        context.abandon();
        String stack = context.javaStack();
        core.setState(CoreState.HUNG);
        core.trace(new TraceEvent.Hang(runningTask(core, context), stack));
        passBoundary(core); // the core left the running state: a position, as for a panic
        return true;
    }

    /** The earliest core that can run, other than {@code except}; ties go to the lower pid. */
    private int earliest(int except) {
        int best = NONE;
        long bestTime = Long.MAX_VALUE;
        for (int pid = 0; pid < cores.length; pid++) {
            if (pid == except) {
                continue;
            }
            long due = dueTime(cores[pid]);
            if (due < bestTime) {
                best = pid;
                bestTime = due;
            }
        }
        return best;
    }

    /** When a core next has something to do: now if running, its wake time if halted, never otherwise. */
    private long dueTime(Core core) {
        return switch (core.state()) {
            case RUNNING -> core.time();
            case HALTED -> core.interrupts().nextWakeTime();
            default -> Long.MAX_VALUE;
        };
    }

    @Override
    public void awaitTurn(Core core) {
        requireBaton(core);
        while (!isEarliest(core)) {
            yieldToDriver(core);
        }
    }

    private boolean isEarliest(Core core) {
        return core.time() < earliestOtherTime || core.time() == earliestOtherTime && core.pid() < earliestOtherPid;
    }

    @Override
    public void boundary(Core core) {
        requireBaton(core);
        if (passBoundary(core) || core.time() >= horizon) {
            if (core.time() < quantumEnd) {
                resumable = core.pid();
            }
            yieldToDriver(core);
        }
    }

    /**
     * HLT: the core has entered the halted state, and that is a boundary of its own, so the position
     * after a HLT names the halted core. The baton goes back to the driver either way; it wakes the
     * core (this call returns) when an interrupt is deliverable, and the HLT's own boundary follows.
     * A halted core is never resumable: after a stop here the driver chooses afresh, as it would
     * have without the stop.
     */
    @Override
    public void halt(Core core) {
        requireBaton(core);
        passBoundary(core);
        yieldToDriver(core);
    }

    /**
     * Counts one boundary and decides whether the run stops at it: the watcher is asked at every
     * boundary (it may be recording), and a stop or pause asked since the last one is taken up here.
     */
    private boolean passBoundary(Core core) {
        boundaries++;
        boolean watcherStops = boundaryWatcher != null && boundaryWatcher.test(core);
        if (watcherStops || pauseRequested || stopRequested || boundaries >= stopAtBoundary) {
            stopHere = true;
        }
        return stopHere;
    }

    private void yieldToDriver(Core core) {
        requireBaton(core);
        ExecutionContext context = contexts[core.pid()];
        if (!batonHolder.compareAndSet(Thread.currentThread(), null)) {
            throw new CoreStopped(core.pid(), "this Java thread was reported hung and no longer holds the baton");
        }
        driver.giveTurn();
        context.waitTurn();
    }

    /** Ends every context's thread; the machine cannot run after this. */
    public void close() {
        for (ExecutionContext context : started) {
            context.release();
        }
        if (carrier != null) {
            carrier.close();
        }
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }
}
