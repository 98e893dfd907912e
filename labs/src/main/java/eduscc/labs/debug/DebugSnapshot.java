package eduscc.labs.debug;

import eduscc.kernel.KernelSnapshot;
import eduscc.machine.snapshot.MachineSnapshot;
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
 * @param sourceLines for each core running kernel Java code, the kernel source line it stands at
 */
public record DebugSnapshot(String lab, long position, MachineSnapshot machine,
                            SortedMap<Integer, KernelSnapshot> kernels, List<TraceEntry> trace, String status,
                            SortedMap<Integer, SourceLine> sourceLines) {

    public DebugSnapshot {
        kernels = new TreeMap<>(kernels);
        trace = List.copyOf(trace);
        sourceLines = new TreeMap<>(sourceLines);
    }

    /** The kernel source line core {@code pid}'s running context stands at, or null. */
    public SourceLine sourceLine(int pid) {
        return sourceLines.get(pid);
    }

    public TraceEntry lastEvent() {
        return trace.isEmpty() ? null : trace.get(trace.size() - 1);
    }
}
