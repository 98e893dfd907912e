package eduscc.labs.boot;

import eduscc.machine.Machine;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;
import eduscc.machine.cpu.SystemInstructions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of a boot run: one report per released core and the trace hash. */
public record BootReport(List<CoreBootReport> cores, String traceHash, long traceEvents) {

    /**
     * Reads the final state of the released cores, and their boot stages from what {@code boot}
     * recorded of the trace while they ran.
     */
    public static BootReport of(Machine machine, List<Integer> pids, BootRecorder boot) {
        List<CoreBootReport> reports = new ArrayList<>();
        for (int pid : pids) {
            reports.add(report(machine.core(pid), boot.core(pid)));
        }
        return new BootReport(reports, machine.trace().hashHex(), machine.trace().size());
    }

    private static CoreBootReport report(Core core, BootRecorder.CoreBoot boot) {
        Registers r = core.regs();
        return new CoreBootReport(core.pid(), new CoreBootReport.Tile((core.pid() / 2) % 6, core.pid() / 12),
            SystemInstructions.modeName(r.cr0).startsWith("real") ? "real" : "protected",
            core.state().name(), u(r.cr0), u(r.eip), u(r.eflags),
            u(r.get(Registers.EAX)), u(r.get(Registers.EBX)), u(r.get(Registers.ECX)), u(r.get(Registers.EDX)),
            u(r.get(Registers.ESI)), u(r.get(Registers.EDI)), u(r.get(Registers.ESP)), u(r.get(Registers.EBP)),
            new CoreBootReport.Table(u(r.gdtrBase), r.gdtrLimit),
            segment(r.cs()), segment(r.ds()), segment(r.ss()),
            core.cycles(), boot.reachedKernel(), core.state() == CoreState.HALTED,
            boot.tripleFault(), boot.reason(), inStageOrder(boot.reached(core.unitsPerCycle())), core.consoleText());
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
