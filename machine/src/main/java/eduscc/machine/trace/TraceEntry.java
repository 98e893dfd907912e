package eduscc.machine.trace;

/**
 * One event in the trace: its place in the total order ({@code seq}), the global time in
 * 1/16 ns units at which it happened, and the core it happened on ({@code -1} for the chip).
 */
public record TraceEntry(long seq, long time, int core, TraceEvent event) {

    /** The canonical text the trace hash is computed over. */
    public String canonical() {
        return seq + " " + time + " " + core + " " + event.canonical();
    }
}
