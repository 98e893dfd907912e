package eduscc.labs.debug;

import eduscc.kernel.KernelSnapshot;
import eduscc.machine.snapshot.MachineSnapshot;
import java.util.List;
import java.util.SortedMap;

/**
 * What a position must always show, whichever way the debugger reached it: every core's registers,
 * times, consoles and tables, each kernel's queues and tasks, the kernel lines on the stacks, and
 * the trace by its length and hash ({@link MachineSnapshot} carries both). The status line, the
 * step before, the stop event and the writes "since the last step" depend on the command, not on
 * the position, and are left out.
 */
record PositionStateProperty(long position, MachineSnapshot machine, SortedMap<Integer, KernelSnapshot> kernels,
                             SortedMap<Integer, List<SourceLine>> kernelStacks) {

    static PositionStateProperty of(DebugSnapshot snapshot) {
        return new PositionStateProperty(snapshot.position(), snapshot.machine(), snapshot.kernels(),
            snapshot.kernelStacks());
    }

    /** The first thing that differs from {@code other}, for a failure message a lecturer can read. */
    String firstDifference(PositionStateProperty other) {
        if (!machine.equals(other.machine)) {
            if (machine.traceEvents() != other.machine.traceEvents()) {
                return "trace length " + machine.traceEvents() + " then " + other.machine.traceEvents();
            }
            for (int pid = 0; pid < machine.cores().size(); pid++) {
                if (!machine.core(pid).equals(other.machine.core(pid))) {
                    return "core " + pid + ": " + machine.core(pid) + "\n  then " + other.machine.core(pid);
                }
            }
            return "trace hash " + machine.traceHash() + " then " + other.machine.traceHash();
        }
        if (!kernels.equals(other.kernels)) {
            return "kernels " + kernels + "\n  then " + other.kernels;
        }
        return kernelStacks.equals(other.kernelStacks) ? "nothing" : "kernel stacks " + kernelStacks + "\n  then " + other.kernelStacks;
    }
}
