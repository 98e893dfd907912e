package eduscc.labs.debug;

import eduscc.machine.Machine;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel lines on each core's Java stack, for the snapshots a session publishes. Reading a
 * thread's stack is the dearest part of a snapshot (the JVM must stop that thread), and a core
 * that has not run since the last snapshot stands on the same stack, so its lines are kept and
 * read again only once the core's clock or state has moved. A step moves one core: one stack is
 * read, not 48. The clock alone is not enough: a kernel's HLT enters the halted state (a position
 * of its own) before the operation's cost is charged, and a core that waits for its turn at the
 * mesh inside an operation has begun that operation without its clock moving; so the core stands
 * on another line at the same time. The count of operations begun tells.
 */
final class KernelStacks {
    private record Seen(long time, CoreState state, long operationsBegun, List<SourceLine> lines) { }

    private final Map<Integer, Seen> seen = new HashMap<>();

    /** Core {@code pid}'s kernel lines now, innermost first. */
    List<SourceLine> of(Machine machine, int pid) {
        Core core = machine.core(pid);
        Seen last = seen.get(pid);
        if (last != null && last.time() == core.time() && last.state() == core.state()
                && last.operationsBegun() == core.operationsBegun()) {
            return last.lines();
        }
        List<SourceLine> lines = List.copyOf(SourceLine.kernelFrames(machine.javaStack(pid)));
        seen.put(pid, new Seen(core.time(), core.state(), core.operationsBegun(), lines));
        return lines;
    }
}
