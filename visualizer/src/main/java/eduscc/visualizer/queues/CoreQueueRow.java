package eduscc.visualizer.queues;

import eduscc.kernel.KernelSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One core's line in the run-queue grid: what a lecturer reads off 48 cores at a glance. The
 * core, its running task, its 32-bit {@code prioBitmap} with the bit BSR finds, and how many
 * tasks wait in each non-empty ready list (highest priority first), are blocked or are done.
 *
 * @param pid             the core
 * @param tick            the core's timer tick
 * @param started         the core's scheduler has started (before that there is nothing to show)
 * @param running         the running task, "" before the scheduler starts
 * @param runningPriority its priority
 * @param idleRuns        the running task is the idle task: nothing is ready
 * @param prioBitmap      the ready queue's bitmap
 * @param bsr             {@code msb(prioBitmap)}, -1 for an empty bitmap
 * @param ready           the non-empty ready lists, highest priority first
 * @param blocked         how many tasks are blocked or sleeping
 * @param finished        how many tasks have exited
 */
public record CoreQueueRow(int pid, long tick, boolean started, String running, int runningPriority,
                           boolean idleRuns, int prioBitmap, int bsr, List<ReadyCount> ready, int blocked,
                           int finished) {

    /** One non-empty ready list: its priority and how many tasks wait in it. */
    public record ReadyCount(int priority, int tasks) { }

    public CoreQueueRow {
        ready = List.copyOf(ready);
    }

    /**
     * The row of core {@code pid}'s kernel at a pause (the pid is the snapshot's key: a kernel
     * learns its own pid from MYTILEID only when it boots).
     */
    public static CoreQueueRow of(int pid, KernelSnapshot k) {
        List<ReadyCount> ready = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : k.readyLists().entrySet()) {
            ready.add(0, new ReadyCount(e.getKey(), e.getValue().size())); // the map ascends; the row reads high to low
        }
        boolean started = !k.running().isEmpty();
        boolean idleRuns = started && k.running().equals(k.idle());
        return new CoreQueueRow(pid, k.tick(), started, k.running(), k.runningPriority(), idleRuns,
            k.prioBitmap(), k.highestPriority(), ready, k.blocked().size(), k.finished().size());
    }

    /** Whether bit {@code bit} of the bitmap is set: the list of that priority is not empty. */
    public boolean lit(int bit) {
        return (prioBitmap >>> bit & 1) != 0;
    }

    /** The bitmap as the kernel debugger prints it. */
    public String bitmapHex() {
        return String.format("0x%08X", prioBitmap);
    }

    /** What runs: "own p11", "idle", or "not started". */
    public String runningText() {
        if (!started) {
            return "not started";
        }
        return idleRuns ? running : running + " p" + runningPriority;
    }

    /** The ready lists in one line, highest first: "ready p8:1 p2:1", or "ready: none". */
    public String readyText() {
        if (ready.isEmpty()) {
            return "ready: none";
        }
        StringBuilder s = new StringBuilder("ready");
        for (ReadyCount c : ready) {
            s.append(" p").append(c.priority()).append(':').append(c.tasks());
        }
        return s.toString();
    }

    /** Blocked and finished counts, only those that are not zero: "1 blocked, 2 done". */
    public String waitingText() {
        List<String> parts = new ArrayList<>();
        if (blocked > 0) {
            parts.add(blocked + " blocked");
        }
        if (finished > 0) {
            parts.add(finished + " done");
        }
        return String.join(", ", parts);
    }
}
