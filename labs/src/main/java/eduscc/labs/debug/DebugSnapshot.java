package eduscc.labs.debug;

import eduscc.kernel.KernelSnapshot;
import eduscc.machine.snapshot.MachineSnapshot;
import eduscc.machine.snapshot.MemoryDump;
import eduscc.machine.trace.TraceEntry;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the debugger shows at one pause: the machine, each core's kernel, the trace so far and
 * where the run stands. Immutable, so the GUI may read it on its own thread while the
 * simulation goes on (DESIGN §5).
 *
 * @param position instruction boundaries passed since the start (the unit of stepping)
 * @param status   a line for the status bar, e.g. "paused at boundary 120: ModeSwitch on core 0"
 * @param kernelStacks for each core running kernel Java code, the kernel lines on its stack, innermost first
 * @param stopEvent  the event the last command stopped at, with where it was recorded; null if none
 * @param lastWrites the memory writes that led here (see {@link LastWrites})
 * @param memory     the memory view's window, read at this pause; null while no view asks for one
 */
public record DebugSnapshot(String lab, long position, MachineSnapshot machine,
                            SortedMap<Integer, KernelSnapshot> kernels, List<TraceEntry> trace, String status,
                            SortedMap<Integer, List<SourceLine>> kernelStacks,
                            StopEvent stopEvent, LastWrites lastWrites, MemoryDump memory) {

    public DebugSnapshot {
        kernels = new TreeMap<>(kernels);
        trace = List.copyOf(trace);
        kernelStacks = new TreeMap<>(kernelStacks);
        lastWrites = lastWrites == null ? LastWrites.NONE : lastWrites;
    }

    /** A snapshot without a stop event, recorded writes or memory window (tests build these). */
    public DebugSnapshot(String lab, long position, MachineSnapshot machine, SortedMap<Integer, KernelSnapshot> kernels,
                         List<TraceEntry> trace, String status, SortedMap<Integer, List<SourceLine>> kernelStacks) {
        this(lab, position, machine, kernels, trace, status, kernelStacks, null, LastWrites.NONE, null);
    }

    /** The kernel source line core {@code pid}'s running context stands at (innermost frame), or null. */
    public SourceLine sourceLine(int pid) {
        List<SourceLine> stack = kernelStacks.get(pid);
        return stack == null || stack.isEmpty() ? null : stack.get(0);
    }

    /** Every kernel line on core {@code pid}'s Java stack, innermost first. */
    public List<SourceLine> kernelStack(int pid) {
        return kernelStacks.getOrDefault(pid, List.of());
    }

    public TraceEntry lastEvent() {
        return trace.isEmpty() ? null : trace.get(trace.size() - 1);
    }
}
