package eduscc.labs.debug;

import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The table of facts A.4 as the run fills it: every MPB line fill so far, by how many hops it
 * crossed, with the cycles it cost (the model charges the measured read latency of its distance).
 * A ping-pong between two corners fills the rows for 0 hops (a core's own share) and 8 hops (the
 * other's). Kept by the debugger's run from the boot on, so it is the same at a position however
 * the session got there.
 */
final class HopLatencies implements Consumer<TraceEntry> {
    /** The mesh's longest route: 5 columns and 3 rows. */
    static final int MAX_HOPS = 8;
    private final long[] reads = new long[MAX_HOPS + 1];
    private final int[] cycles = new int[MAX_HOPS + 1];

    /** One row: {@code reads} line fills over {@code hops} hops, {@code cycles} each (the latest seen). */
    record Row(int hops, long reads, int cycles) { }

    @Override
    public void accept(TraceEntry entry) {
        if (entry.event() instanceof TraceEvent.MeshPacket p && p.target().startsWith("MPB READ")
                && p.hops() >= 0 && p.hops() <= MAX_HOPS) {
            reads[p.hops()]++;
            cycles[p.hops()] = p.latencyCycles();
        }
    }

    /** The hop counts that have seen a read so far, nearest first. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int h = 0; h <= MAX_HOPS; h++) {
            if (reads[h] > 0) {
                rows.add(new Row(h, reads[h], cycles[h]));
            }
        }
        return rows;
    }
}
