package eduscc.visualizer.queues;

import eduscc.kernel.KernelSnapshot;
import eduscc.labs.debug.DebugSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run queues of every core that runs a kernel, side by side: one {@link CoreQueueRow} per
 * released core, in pid order. A lab with one kernel has no grid (its full view says it all);
 * with more, the grid lets a class compare the cores' bitmaps, and a click on a row expands that
 * core's full view. Free of JavaFX, so it is tested without a window.
 */
public record RunQueueGridModel(String lab, long position, List<CoreQueueRow> rows) {

    public RunQueueGridModel {
        rows = List.copyOf(rows);
    }

    /** The rows of every kernel in {@code snapshot}, by pid. */
    public static RunQueueGridModel of(DebugSnapshot snapshot) {
        List<CoreQueueRow> rows = new ArrayList<>(snapshot.kernels().size());
        for (Map.Entry<Integer, KernelSnapshot> kernel : snapshot.kernels().entrySet()) {
            rows.add(CoreQueueRow.of(kernel.getKey(), kernel.getValue())); // the map is sorted by pid
        }
        return new RunQueueGridModel(snapshot.lab(), snapshot.position(), rows);
    }

    /** Whether a snapshot is worth a grid: more than one core runs a kernel. */
    public static boolean appliesTo(DebugSnapshot snapshot) {
        return snapshot.kernels().size() > 1;
    }

    /** The row of core {@code pid}, or null if it runs no kernel. */
    public CoreQueueRow row(int pid) {
        return rows.stream().filter(r -> r.pid() == pid).findFirst().orElse(null);
    }

    /** The pids of the rows, in order. */
    public List<Integer> pids() {
        return rows.stream().map(CoreQueueRow::pid).toList();
    }
}
