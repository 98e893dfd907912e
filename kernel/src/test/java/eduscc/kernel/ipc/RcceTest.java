package eduscc.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.sched.Priority;
import eduscc.machine.cpu.Operations;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RCCE over the simulated MPBs: messages arrive whole whatever their size and route; the barrier holds everyone. */
class RcceTest {
    private static final long LIMIT = 400_000_000L;

    /** Runs {@code body} as one task on each of {@code pids}, all of them RCCE's units; returns the machine's trace. */
    static List<TraceEntry> run(List<Integer> pids, BiConsumer<Kernel, Rcce> body) {
        return MessagingCores.run(pids, k -> k.scheduler().create("rcce", Priority.NORMAL, () -> body.accept(k, k.rcce())),
            LIMIT).trace();
    }

    /** What the sender's bytes sum to, weighted by position (TraceEvent.MessageSent's checksum). */
    static int checksum(byte[] bytes) {
        int sum = 0;
        for (int i = 0; i < bytes.length; i++) {
            sum += (bytes[i] & 0xFF) * (i + 1);
        }
        return sum;
    }

    static byte[] pattern(int pid, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (pid * 37 + i * 11);
        }
        return bytes;
    }

    static void fill(Operations ops, int buffer, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            ops.write8(buffer + i, bytes[i]);
        }
    }

    static int buffer(Kernel k) {
        return KernelLayout.messageBuffer(k.scheduler().current().slot());
    }

    @ParameterizedTest(name = "{2} bytes from core {0} to core {1}")
    @CsvSource({"0, 1, 0", "0, 1, 1", "0, 1, 31", "0, 1, 32", "0, 1, 33", "5, 30, 4000", "47, 0, 7904", "47, 0, 7905",
        "12, 35, 16384"})
    void aMessageArrivesWhole(int from, int to, int size) {
        byte[] message = pattern(from, size);
        List<TraceEntry> trace = run(List.of(from, to), (k, rcce) -> {
            if (k.pid() == from) {
                fill(k.ops(), buffer(k), message);
                rcce.send(buffer(k), size, to);
            } else {
                rcce.recv(buffer(k), size, from);
            }
        });
        TraceEvent.MessageSent sent = only(trace, from, TraceEvent.MessageSent.class);
        TraceEvent.MessageReceived received = only(trace, to, TraceEvent.MessageReceived.class);
        assertEquals(new TraceEvent.MessageSent(to, size, checksum(message)), sent);
        assertEquals(new TraceEvent.MessageReceived(from, size, checksum(message)), received);
    }

    /** Through MPBT pages an MPB sees whole lines only: a fill is one read packet, a drained write-combine buffer one write. */
    @Test
    void theMpbsSeeOnlyLineFillsAndCombinedWrites() {
        byte[] message = pattern(0, 100);
        List<TraceEntry> trace = run(List.of(0, 47), (k, rcce) -> {
            if (k.pid() == 0) {
                fill(k.ops(), buffer(k), message);
                rcce.send(buffer(k), message.length, 47);
            } else {
                rcce.recv(buffer(k), message.length, 0);
            }
        });
        List<String> kinds = trace.stream().filter(e -> e.event() instanceof TraceEvent.MeshPacket p && p.target().startsWith("MPB"))
            .map(e -> ((TraceEvent.MeshPacket) e.event()).target()).distinct().sorted().toList();
        assertEquals(List.of("MPB READ LINE", "MPB WRITE COMBINED"), kinds);
    }

    @Test
    void theChunkIsWhatTheFlagsLeaveOfTheShare() {
        assertEquals(8160 - 32 * 8, new CommBuffer(2).chunk(), "two cores: sent[2], ready[2], gather, release, mail[2]");
        assertEquals(8160 - 32 * 146, new CommBuffer(48).chunk());
        assertEquals(32 * 9, new CommBuffer(2).payload(), "after the fooling line, six flags and two mail slots");
    }

    @Test
    void noCoreLeavesTheBarrierBeforeTheLastArrives() {
        List<Integer> cores = List.of(0, 11, 23, 47);
        List<TraceEntry> trace = run(cores, (k, rcce) -> {
            k.ops().work(50_000 * (k.pid() + 1));
            k.print("!");
            rcce.barrier();
            rcce.barrier();
        });
        long lastArrival = trace.stream().filter(e -> e.event() instanceof TraceEvent.ConsoleOutput)
            .mapToLong(TraceEntry::time).max().orElseThrow();
        List<TraceEntry> passed = trace.stream().filter(e -> e.event() instanceof TraceEvent.BarrierPassed).toList();
        assertEquals(8, passed.size(), "four cores, two barriers each");
        for (TraceEntry e : passed) {
            assertTrue(e.time() > lastArrival, "core " + e.core() + " left at " + e.time() + ", before the last came at "
                + lastArrival);
        }
    }

    private static <T extends TraceEvent> T only(List<TraceEntry> trace, int core, Class<T> kind) {
        List<T> found = trace.stream().filter(e -> e.core() == core && kind.isInstance(e.event()))
            .map(e -> kind.cast(e.event())).toList();
        assertEquals(1, found.size(), kind.getSimpleName() + " on core " + core);
        return found.get(0);
    }
}
