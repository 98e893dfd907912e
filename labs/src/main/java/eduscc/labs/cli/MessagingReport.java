package eduscc.labs.cli;

import eduscc.kernel.bench.MessagingBenchmark;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The bench's {@code messaging} figures (issue 13) beside the SCC's measured ones (facts A.4): the
 * model's MPB reads are the measured table plus the load's own clock; the round trips and
 * barriers are sums of such accesses, and only the model's.
 */
final class MessagingReport {
    /** MPB DWORD reads measured on the chip from tile (0,0), by hop count 0..8 (facts A.4, [BF-TN]). */
    private static final List<Integer> CHIP_READ_BY_HOPS = List.of(20, 63, 69, 72, 78, 84, 90, 96, 102);

    private MessagingReport() {
    }

    static Map<String, Object> measure() {
        return MessagingBenchmark.all();
    }

    static void print(PrintStream out, Map<?, ?> m) {
        out.println("Simulated messaging (RCCE over the MPBs), in core cycles");
        out.println("  MPB read by hops   model " + m.get("mpbReadByHops"));
        out.println("                     chip  " + CHIP_READ_BY_HOPS + " (facts A.4; the model adds the load's own cycle)");
        Map<?, ?> pingPong = (Map<?, ?>) m.get("pingPongRoundTrip");
        for (Map.Entry<?, ?> pair : pingPong.entrySet()) {
            Map<?, ?> sizes = (Map<?, ?>) pair.getValue();
            out.printf("  ping-pong %-6s    32 B %7s   8 KiB %8s   (RCCE_send + RCCE_recv there and back, median of %d)%n",
                pair.getKey(), sizes.get("bytes32"), sizes.get("bytes8192"), MessagingBenchmark.ROUNDS);
        }
        out.println("  barrier by cores   " + m.get("barrier") + " (RCCE's linear barrier, on the core of rank 0)");
    }
}
