package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.ipc.MessagingMappings;
import eduscc.kernel.ipc.Rcce;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What talking costs on the SCC as the model predicts it, in core cycles, each figure measured by
 * the kernel itself with RDTSC as the SCC's programmers measured (issue 13's benchmarks):
 * <ul>
 *   <li>one DWORD read from a tile's MPB, from core 0 on tile (0,0), for every hop count 0..8:
 *       the time between two RDTSCs around the load, less the time between two RDTSCs around
 *       nothing. The model charges the measured table of facts A.4 as the load's memory stall,
 *       so each figure is that table's entry plus the load's own clock (MOV, 1 cycle);</li>
 *   <li>an RCCE ping-pong round trip, RCCE_send and RCCE_recv there and back, for 32 bytes and
 *       8 KiB, between the two cores of one tile, neighbouring tiles and the farthest corners;</li>
 *   <li>an RCCE barrier across 2, 8, 24 and 48 cores, timed on the core of rank 0.</li>
 * </ul>
 * Every run boots its cores with messaging, so every figure is deterministic. The round trips
 * and barriers are the median of {@value #ROUNDS} rounds after one that warms caches and TLBs.
 */
public final class MessagingBenchmark {
    /** Timed rounds of a ping-pong or a barrier, after one warm-up round. */
    public static final int ROUNDS = 5;
    /** Core 0 reads from these tiles, 0 to 8 hops away: along row 0, then up column 5. */
    private static final int[][] TILES_BY_HOPS = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {5, 1}, {5, 2}, {5, 3}};

    private MessagingBenchmark() {
    }

    /** Cycles of one MPB DWORD read by core 0, index = hop count 0..8. */
    public static List<Long> mpbReadByHops() {
        List<Integer> cores = new ArrayList<>(List.of(0));
        for (int[] tile : TILES_BY_HOPS) {
            int pid = 12 * tile[1] + 2 * tile[0];
            if (!cores.contains(pid)) {
                cores.add(pid);
            }
        }
        List<Long> byHops = new ArrayList<>();
        run(cores, (kernel, rcce) -> {
            if (kernel.pid() != 0) {
                return;
            }
            Operations ops = kernel.ops();
            long empty = rdtscAround(ops, () -> { });
            for (int[] tile : TILES_BY_HOPS) {
                int address = MessagingMappings.share(12 * tile[1] + 2 * tile[0]) + rcce.layout().payload();
                ops.read32(address);
                ops.cl1invmb();
                byHops.add(rdtscAround(ops, () -> ops.read32(address)) - empty);
            }
        });
        return byHops;
    }

    /** The median RCCE round trip of {@code bytes} between cores {@code a} and {@code b}, timed on {@code a}. */
    public static long pingPong(int a, int b, int bytes) {
        List<Long> rounds = new ArrayList<>();
        run(List.of(a, b), (kernel, rcce) -> {
            Operations ops = kernel.ops();
            int buffer = KernelLayout.messageBuffer(kernel.scheduler().current().slot());
            for (int round = 0; round <= ROUNDS; round++) {
                if (kernel.pid() == a) {
                    long t = rdtscAround(ops, () -> {
                        rcce.send(buffer, bytes, b);
                        rcce.recv(buffer, bytes, b);
                    });
                    if (round > 0) {
                        rounds.add(t);
                    }
                } else {
                    rcce.recv(buffer, bytes, a);
                    rcce.send(buffer, bytes, a);
                }
            }
        });
        return median(rounds);
    }

    /** The median time the core of rank 0 spends in an RCCE barrier of cores 0 .. {@code cores}-1. */
    public static long barrier(int cores) {
        List<Integer> pids = new ArrayList<>();
        for (int pid = 0; pid < cores; pid++) {
            pids.add(pid);
        }
        List<Long> rounds = new ArrayList<>();
        run(pids, (kernel, rcce) -> {
            for (int round = 0; round <= ROUNDS; round++) {
                long t = rdtscAround(kernel.ops(), rcce::barrier);
                if (kernel.pid() == 0 && round > 0) {
                    rounds.add(t);
                }
            }
        });
        return median(rounds);
    }

    /** Every figure of this benchmark, as {@code bench --json} reports it under {@code messaging}. */
    public static Map<String, Object> all() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("mpbReadByHops", mpbReadByHops());
        Map<String, Object> pingPong = new LinkedHashMap<>();
        for (int[] pair : new int[][] {{0, 1}, {0, 2}, {0, 47}}) {
            String name = pair[0] + "-" + pair[1];
            Map<String, Object> sizes = new LinkedHashMap<>();
            sizes.put("bytes32", pingPong(pair[0], pair[1], 32));
            sizes.put("bytes8192", pingPong(pair[0], pair[1], 8192));
            pingPong.put(name, sizes);
        }
        figures.put("pingPongRoundTrip", pingPong);
        Map<String, Object> barriers = new LinkedHashMap<>();
        for (int n : new int[] {2, 8, 24, 48}) {
            barriers.put(Integer.toString(n), barrier(n));
        }
        figures.put("barrier", barriers);
        return figures;
    }

    private static long rdtscAround(Operations ops, Runnable body) {
        long start = ops.rdtsc();
        body.run();
        return ops.rdtsc() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Boots {@code pids} with messaging, one task each running {@code body}, and runs them to their end. */
    private static void run(List<Integer> pids, BiConsumer<Kernel, Rcce> body) {
        KernelConfig config = new KernelConfig(100, 0, true, false, true).withMessaging(pids);
        try (Machine machine = SccBoot.boot(pids.stream().map(CoreId::of).toList(), MachineConfig.DEFAULT,
                core -> new Kernel(core, config, k -> k.scheduler().create("bench", Priority.NORMAL,
                    () -> body.accept(k, k.rcce())))::boot)) {
            machine.run();
        }
    }
}
