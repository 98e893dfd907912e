package eduscc.machine;

import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.InstructionSet;
import eduscc.machine.cpu.WriteWatch;
import eduscc.machine.engine.Engine;
import eduscc.machine.engine.RunResult;
import eduscc.machine.scc.ChipWires;
import eduscc.machine.scc.ConfigRegisters;
import eduscc.machine.scc.Interconnect;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.Trace;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The whole SCC: 48 P54C cores, the mesh with its memory controllers, MPBs and register banks,
 * the engine that runs them, and the trace of everything that happened. The wires from the
 * register banks to the cores (reset lines, LINT pins) end here.
 */
public final class Machine implements ChipWires, AutoCloseable {
    private final Trace trace = new Trace();
    private final Interconnect chip;
    private final List<Core> cores = new ArrayList<>();
    private final Engine engine;

    public Machine(MachineConfig config, InstructionSet instructionSet) {
        this.chip = new Interconnect(this);
        for (CoreId id : CoreId.all()) {
            ChipPort port = new ChipPort(chip, id);
            Core core = new Core(id.pid(), port, Clocks.TILE_533_UNITS, trace);
            port.attach(core);
            core.setInstructionSet(instructionSet);
            cores.add(core);
        }
        this.engine = new Engine(cores, config.quantumUnits(), config.hangMillis());
    }

    public Trace trace() {
        return trace;
    }

    public Interconnect chip() {
        return chip;
    }

    public Core core(int pid) {
        return cores.get(pid);
    }

    public List<Core> cores() {
        return Collections.unmodifiableList(cores);
    }

    /** Runs until every core is idle or stopped, or the next event lies at {@code untilTime}. */
    public RunResult run(long untilTime) {
        return engine.run(untilTime);
    }

    public RunResult run() {
        return run(Long.MAX_VALUE);
    }

    /** Stop at the next instruction boundary (see {@link Engine#requestStop}). */
    public void requestStop() {
        engine.requestStop();
    }

    /** From any thread: stop the run in progress at its next boundary (see {@link Engine#requestPause}). */
    public void requestPause() {
        engine.requestPause();
    }

    /** Run until {@code count} instruction boundaries have passed since the start, or earlier limits. */
    public RunResult runToBoundary(long count, long untilTime) {
        engine.stopAtBoundary(count);
        return engine.run(untilTime);
    }

    public long boundaries() {
        return engine.boundaries();
    }

    /** See {@link Engine#setBoundaryWatcher}. */
    public void setBoundaryWatcher(java.util.function.Predicate<Core> watcher) {
        engine.setBoundaryWatcher(watcher);
    }

    /**
     * Reports every core's data writes to {@code watch} (null: none), e.g. to stop when the kernel
     * writes its GDT; see {@link WriteWatch} for when it is called.
     */
    public void setWriteWatch(WriteWatch watch) {
        for (Core core : cores) {
            core.memory().setWriteWatch(core.pid(), watch);
        }
    }

    /** The Java stack of the context running on core {@code pid} (call while paused). */
    public StackTraceElement[] javaStack(int pid) {
        return engine.javaStack(pid);
    }

    public long dispatches() {
        return engine.dispatches();
    }

    /** Whether the cores' execution contexts run on virtual threads (JDK 24+; see the engine). */
    public boolean virtualThreads() {
        return engine.virtualThreads();
    }

    @Override
    public void lintLevel(CoreId core, int pin, boolean asserted, long arrivalTime) {
        if (asserted) {
            trace.record(engine.now(), engine.runningCore(), new TraceEvent.Ipi(engine.runningCore(), core.pid(), pin));
        }
        cores.get(core.pid()).interrupts().lintChange(pin, asserted, arrivalTime);
        engine.noteEarlierCore(core.pid(), arrivalTime);
    }

    @Override
    public void resetLine(CoreId id, boolean inReset, long time) {
        Core core = cores.get(id.pid());
        if (!inReset) {
            engine.releaseReset(id.pid(), time);
            // The core's LINT pins see whatever its GLCFG bits drive right now.
            int glcfg = chip.crb(id.tile()).glcfg(id.z());
            core.interrupts().lintChange(LINT0, (glcfg & ConfigRegisters.GLCFG_INTR) != 0, core.time());
            core.interrupts().lintChange(LINT1, (glcfg & ConfigRegisters.GLCFG_NMI) != 0, core.time());
        } else if (core.state() != CoreState.IN_RESET) {
            engine.holdInReset(id.pid());
            trace.record(time, id.pid(), new TraceEvent.ResetAsserted());
        }
    }

    @Override
    public long now() {
        return engine.now();
    }

    /** Ends the threads of all cores; the machine cannot run afterwards. */
    @Override
    public void close() {
        engine.close();
    }
}
