package eduscc.kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.ipc.CommBuffer;
import eduscc.kernel.ipc.MessagingCores;
import eduscc.kernel.ipc.MessagingMappings;
import eduscc.kernel.sched.Priority;
import eduscc.machine.cpu.Operations;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The LOCK registers as a lock across cores: all 48 cores add to one counter in an MPB, and
 * with the lock no update is lost; without it, updates are lost.
 */
class TestAndSetLockTest {
    private static final long LIMIT = 2_000_000_000L;
    private static final List<Integer> ALL_CORES = IntStream.range(0, 48).boxed().toList();
    /** How often each core adds one. */
    private static final int ROUNDS = 3;
    /** The counter: the last line of core 0's share (RCCE's payload; nothing is sent here). */
    private static final int COUNTER = MessagingMappings.share(0) + MessagingMappings.SHARE_SIZE - CommBuffer.LINE;

    /** Runs {@code body} as one task on each of {@code pids}, all mapping the MPBs and LOCKs; returns the trace. */
    static List<TraceEntry> run(List<Integer> pids, Consumer<Kernel> body) {
        return MessagingCores.run(pids, k -> k.scheduler().create("counter", Priority.NORMAL, () -> body.accept(k)), LIMIT)
            .trace();
    }

    /**
     * count = count + 1 on a shared MPB line, as real SCC code must write it: CL1INVMB so the
     * read fetches the line from the MPB instead of an old copy in L1, and a store to another
     * MPB line (this core's fooling line) so the write leaves the write-combine buffer.
     */
    private static void addOne(Kernel k) {
        Operations ops = k.ops();
        ops.cl1invmb();
        int count = ops.read32(COUNTER);
        ops.write32(COUNTER, count + 1);
        ops.write32(MessagingMappings.share(k.pid()) + CommBuffer.FOOL_LINE, 1);
    }

    /** After everyone's rounds: a barrier, then core 0 reads the counter fresh. */
    private static void readFinalCount(Kernel k, int[] finalCount) {
        k.rcce().barrier();
        if (k.pid() == 0) {
            k.ops().cl1invmb();
            finalCount[0] = k.ops().read32(COUNTER);
        }
    }

    @Test
    void withTheLockNoUpdateOfFortyEightCoresIsLost() {
        int[] finalCount = new int[1];
        List<TraceEntry> trace = run(ALL_CORES, k -> {
            TestAndSetLock lock = k.lockRegister(17);
            for (int i = 0; i < ROUNDS; i++) {
                lock.acquire();
                addOne(k);
                lock.release();
            }
            readFinalCount(k, finalCount);
        });
        assertEquals(48 * ROUNDS, finalCount[0], "every core's " + ROUNDS + " additions arrived");
        List<TraceEntry> changes = trace.stream().filter(e -> e.event() instanceof TraceEvent.SpinlockChange c
            && c.lock().equals("LOCK 17")).toList();
        assertEquals(2 * 48 * ROUNDS, changes.size(), "one acquire and one release per round, none per spin");
        for (int i = 0; i < changes.size(); i += 2) {
            TraceEntry acquire = changes.get(i);
            TraceEntry release = changes.get(i + 1);
            assertEquals(new TraceEvent.SpinlockChange("LOCK 17", true), acquire.event(), "change " + i);
            assertEquals(new TraceEvent.SpinlockChange("LOCK 17", false), release.event(), "change " + (i + 1));
            assertEquals(acquire.core(), release.core(), "the core that took LOCK 17 gives it back before anyone"
                + " else takes it (change " + i + ")");
        }
    }

    @Test
    void withoutTheLockUpdatesAreLost() {
        int[] finalCount = new int[1];
        run(ALL_CORES, k -> {
            for (int i = 0; i < ROUNDS; i++) {
                addOne(k);
            }
            readFinalCount(k, finalCount);
        });
        assertTrue(finalCount[0] < 48 * ROUNDS, "cores that read the same count overwrite each other's addition: "
            + finalCount[0] + " of " + 48 * ROUNDS);
        assertTrue(finalCount[0] >= ROUNDS, "core 0's own additions at least: " + finalCount[0]);
    }

    @Test
    void aReadTakesAFreeLockAndAWriteGivesItBack() {
        boolean[] seen = new boolean[4];
        run(List.of(0, 1), k -> {
            if (k.pid() == 0) {
                TestAndSetLock lock = k.lockRegister(1);
                seen[0] = lock.tryAcquire();
                seen[1] = lock.tryAcquire();
                lock.release();
                seen[2] = lock.tryAcquire();
                lock.release();
                seen[3] = true;
            }
        });
        assertTrue(seen[0], "LOCK 1 starts free (reset value 1): the first read takes it");
        assertFalse(seen[1], "a second read finds it held, even by the same core: the register knows no owner");
        assertTrue(seen[2], "after the write, the next read takes it again");
        assertTrue(seen[3]);
    }
}
