package eduscc.labs.debug;

import eduscc.machine.Machine;
import eduscc.machine.cpu.WriteWatch;
import eduscc.machine.engine.RunResult;
import eduscc.machine.trace.TraceEntry;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntToLongFunction;

/**
 * Breakpoints watching a run: a trace listener watches events, the boundary watcher source lines,
 * the write watch memory ranges, and the earliest cycle breakpoint ahead becomes the run's time
 * limit. The first one that hits asks the machine to stop at the next boundary and is remembered
 * ("stopped at event ModeSwitch: ..."). Armed once for a whole run, so a run the window watches in
 * slices stops at the same place as one that runs in one go; closing disarms all of them.
 */
public final class ArmedBreakpoints implements AutoCloseable {
    private final Machine machine;
    private final Consumer<TraceEntry> events;
    private final AtomicReference<String> hit = new AtomicReference<>();
    private final java.util.Optional<DebugBreakpoint.AtCycle> cycle;
    /** The session's own write watch (the memory view's record of writes): kept told, and put back on close. */
    private final WriteWatch sessionWrites;

    /**
     * @param sessionWrites the write watch the session keeps on the machine; told of every write while armed
     * @param eventHit      told of the trace entry an event breakpoint stopped at, on the recording context
     */
    ArmedBreakpoints(Machine m, Breakpoints breakpoints, IntToLongFunction ticks, WriteWatch sessionWrites,
                     Consumer<TraceEntry> eventHit) {
        this.machine = m;
        this.sessionWrites = sessionWrites;
        long[] armedTicks = new long[m.cores().size()];
        for (int pid = 0; pid < armedTicks.length; pid++) {
            armedTicks[pid] = ticks.applyAsLong(pid);
        }
        events = e -> breakpoints.hitBy(e, ticks::applyAsLong, pid -> armedTicks[pid])
            .ifPresent(b -> {
                if (hit.get() == null) {
                    eventHit.accept(e);
                }
                stopAt(b.text() + ": " + e.event().kind() + " on core " + e.core()
                    + (b.note().isEmpty() ? "" : ". " + b.note()));
            });
        m.trace().addListener(events);
        if (breakpoints.watchesLines()) {
            m.setBoundaryWatcher(core -> breakpoints
                .hitAtLines(SourceLine.kernelFrames(Thread.currentThread().getStackTrace()))
                .map(b -> stopAt(b.text() + " on core " + core.pid())).isPresent());
        }
        if (breakpoints.watchesWrites()) {
            m.setWriteWatch((pid, linear, size) -> {
                if (sessionWrites != null) {
                    sessionWrites.written(pid, linear, size);
                }
                breakpoints.hitByWrite(linear, size)
                    .ifPresent(b -> stopAt(b.text() + String.format(": core %d wrote %d bytes at 0x%08X",
                        pid, size, linear)));
            });
        }
        cycle = breakpoints.nextCycle(m.now());
    }

    /** Records the first breakpoint that hit in this run and asks for a stop at the next boundary. */
    private boolean stopAt(String what) {
        hit.compareAndSet(null, what);
        machine.requestStop();
        return true;
    }

    /** The global time of the earliest cycle breakpoint ahead: the run's time limit. */
    public long timeLimit() {
        return cycle.map(DebugBreakpoint.AtCycle::time).orElse(Long.MAX_VALUE);
    }

    /**
     * The breakpoint that stopped the run which ended with {@code result}, in words, or null if
     * none did (yet): a run that reached the time limit hit the cycle breakpoint.
     */
    public String hit(RunResult result) {
        if (hit.get() == null && cycle.isPresent() && result.reason() == RunResult.Reason.TIME_LIMIT) {
            hit.set(cycle.get().text());
        }
        return hit.get();
    }

    /** The status line for a run that ended with {@code result}. */
    public String status(RunResult result) {
        String what = hit(result);
        return what == null ? "ran: no breakpoint hit" : "stopped at " + what;
    }

    @Override
    public void close() {
        machine.trace().removeListener(events);
        machine.setBoundaryWatcher(null);
        machine.setWriteWatch(sessionWrites);
    }
}
