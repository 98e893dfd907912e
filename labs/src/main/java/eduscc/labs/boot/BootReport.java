package eduscc.labs.boot;

import eduscc.machine.Machine;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;
import eduscc.machine.cpu.SystemInstructions;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of a boot run: one report per released core and the trace hash. */
public record BootReport(List<CoreBootReport> cores, String traceHash, long traceEvents) {

    /** Reads the final state of the released cores and their boot stages from the trace. */
    public static BootReport of(Machine machine, List<Integer> pids) {
        List<CoreBootReport> reports = new ArrayList<>();
        for (int pid : pids) {
            reports.add(report(machine, machine.core(pid)));
        }
        return new BootReport(reports, machine.trace().hashHex(), machine.trace().size());
    }

    private static CoreBootReport report(Machine machine, Core core) {
        Registers r = core.regs();
        List<TraceEntry> events = machine.trace().forCore(core.pid());
        long released = events.stream().filter(e -> e.event() instanceof TraceEvent.ResetReleased)
            .mapToLong(TraceEntry::time).findFirst().orElse(0);
        Map<BootStage, Long> reached = new EnumMap<>(BootStage.class);
        boolean reachedKernel = false;
        String reason = "";
        boolean tripleFault = false;
        for (TraceEntry e : events) {
            BootStage stage = BootStage.of(e.event());
            boolean realModeLoad = stage == BootStage.SEGMENTS_LOADED && !reached.containsKey(BootStage.FAR_JUMP);
            if (stage != null && !reachedKernel && !realModeLoad) {
                reached.put(stage, (e.time() - released) / core.unitsPerCycle());
            }
            reachedKernel |= stage == BootStage.KERNEL_ENTRY;
            if (e.event() instanceof TraceEvent.TripleFault t) {
                reason = t.reason();
                tripleFault = true;
            } else if (e.event() instanceof TraceEvent.Panic p) {
                reason = p.reason();
            } else if (e.event() instanceof TraceEvent.MachineCheck m) {
                reason = "machine check: " + m.reason();
            } else if (e.event() instanceof TraceEvent.Hang h) {
                reason = "hang in " + h.task();
            }
        }
        return new CoreBootReport(core.pid(), new CoreBootReport.Tile((core.pid() / 2) % 6, core.pid() / 12),
            SystemInstructions.modeName(r.cr0).startsWith("real") ? "real" : "protected",
            core.state().name(), u(r.cr0), u(r.eip), u(r.eflags),
            u(r.get(Registers.EAX)), u(r.get(Registers.EBX)), u(r.get(Registers.ECX)), u(r.get(Registers.EDX)),
            u(r.get(Registers.ESI)), u(r.get(Registers.EDI)), u(r.get(Registers.ESP)), u(r.get(Registers.EBP)),
            new CoreBootReport.Table(u(r.gdtrBase), r.gdtrLimit),
            segment(r.cs()), segment(r.ds()), segment(r.ss()),
            core.cycles(), reachedKernel, core.state() == CoreState.HALTED,
            tripleFault, reason, inStageOrder(reached), core.consoleText());
    }

    private static Map<String, Long> inStageOrder(Map<BootStage, Long> reached) {
        Map<String, Long> stages = new LinkedHashMap<>();
        reached.forEach((stage, cycles) -> stages.put(stage.label(), cycles));
        return stages;
    }

    private static CoreBootReport.Segment segment(SegmentRegister s) {
        return new CoreBootReport.Segment(s.selector(), u(s.base()), u(s.limit()));
    }

    private static long u(int value) {
        return Integer.toUnsignedLong(value);
    }

    /** True when every released core entered the kernel in protected mode with PE set. */
    public boolean allReachedKernel() {
        return cores.stream().allMatch(c -> c.reachedKernel() && (c.cr0() & ControlBits.CR0_PE) != 0);
    }
}
