package eduscc.labs.debug;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.Machine;
import eduscc.machine.cpu.Core;
import eduscc.machine.engine.RunResult;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One boot of a lab with what the debugger records along the way, from the boot on: the ends of
 * the ticks the narration checks, where the cores wrote, at which position each recent event
 * happened, and the kernel stacks read for snapshots. The session's live machine is one; the
 * paused {@link Replicas} behind it are others. Two runs of the same lab at the same position
 * are the same state (DESIGN §3 "Positions"), recorders included, because the recorders only
 * listen: they never change what the machine does.
 *
 * <p>A run is touched by one thread at a time: the session's thread while it is live, the
 * replica worker while it is a replica; {@link Replicas} hands it over under its lock.
 */
final class DebugRun implements AutoCloseable {
    private final BootedLab booted;
    private final Set<Long> checkedTicks;
    private final List<TickEnd> tickEnds = new ArrayList<>();
    private final KernelStacks stacks = new KernelStacks();
    private final MemoryWrites writes;
    private final EventPositions eventPositions;
    private final HopLatencies hopLatencies = new HopLatencies();
    private final LockHolders lockHolders = new LockHolders();
    private final SwitchSamplesSoFar switchSamples = new SwitchSamplesSoFar();
    /** A context was reported hung: a wall-clock verdict, so this run may differ from a re-run. */
    private boolean sawHang;

    /** Boots {@code lab} to position 0 with the recorders attached. */
    DebugRun(Scenario lab, Set<Long> checkedTicks, int traceWindow) {
        this.booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()));
        this.checkedTicks = checkedTicks;
        Machine m = booted.machine();
        m.trace().setWindow(traceWindow);
        m.trace().addListener(e -> {
            if (e.event() instanceof TraceEvent.InterruptDelivered d && d.vector() == Idt.TIMER) {
                noteTickEnd(e.core());
            } else if (e.event() instanceof TraceEvent.Hang) {
                sawHang = true;
            }
        });
        eventPositions = new EventPositions(m, traceWindow + 4096);
        m.trace().addListener(eventPositions);
        m.trace().addListener(hopLatencies);
        m.trace().addListener(lockHolders);
        m.trace().addListener(switchSamples);
        writes = new MemoryWrites(m);
        m.setWriteWatch(writes);
    }

    /** The timer interrupt is being delivered: the tick the kernel counts now is ending. */
    private void noteTickEnd(int pid) {
        Kernel k = booted.kernels().get(pid);
        if (k != null && k.scheduler() != null && checkedTicks.contains(k.scheduler().tick())) {
            KernelSnapshot kernel = KernelSnapshot.of(k);
            tickEnds.add(new TickEnd(pid, kernel.tick(), kernel, machine().core(pid).consoleText()));
        }
    }

    Machine machine() {
        return booted.machine();
    }

    BootedLab booted() {
        return booted;
    }

    /** The instruction boundaries passed since the boot: the run's position. */
    long position() {
        return machine().boundaries();
    }

    /** The latest local time of any core: no boundary so far happened at or after it. */
    long latestCoreTime() {
        return machine().cores().stream().mapToLong(Core::time).max().orElse(0);
    }

    /** The tick the scheduler of core {@code pid} counts now (0 without a kernel there). */
    long schedulerTick(int pid) {
        Kernel k = booted.kernels().get(pid);
        return k == null || k.scheduler() == null ? 0 : k.scheduler().tick();
    }

    List<TickEnd> tickEnds() {
        return tickEnds;
    }

    KernelStacks stacks() {
        return stacks;
    }

    MemoryWrites writes() {
        return writes;
    }

    /** The context-switch samples of the lab's switchSamples steps so far (the latency plot's "this lab"). */
    SwitchSamplesSoFar switchSamples() {
        return switchSamples;
    }

    /** The MPB line fills so far by hop count (the MPB view's table). */
    HopLatencies hopLatencies() {
        return hopLatencies;
    }

    LockHolders lockHolders() {
        return lockHolders;
    }

    EventPositions eventPositions() {
        return eventPositions;
    }

    boolean sawHang() {
        return sawHang;
    }

    /** Runs to boundary {@code target} (or the end), not giving up on a pause: a re-run is one command. */
    RunResult advanceTo(long target) {
        Machine m = machine();
        RunResult result;
        do {
            result = m.runToBoundary(target, Long.MAX_VALUE);
        } while (result.reason() == RunResult.Reason.PAUSED && m.boundaries() < target);
        return result;
    }

    @Override
    public void close() {
        booted.close();
    }
}
