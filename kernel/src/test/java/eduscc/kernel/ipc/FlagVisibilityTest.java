package eduscc.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cpu.Operations;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.Test;

/**
 * Why RCCE's flag protocol has its two odd steps (facts A.3, B.3): without CL1INVMB a core keeps
 * reading the flag's line from its L1, stale; without the store to the fooling line the flag
 * stays in the sender's write-combine buffer and never reaches the receiver's MPB. Core 0 sets a
 * flag in core 1's MPB; core 1 looks at it before and long after.
 */
class FlagVisibilityTest {
    private static final int LONG_AFTER = 200_000;

    /** Core 1's two looks at its sent flag from core 0: before core 0 wrote it, and long after. */
    private static Map<String, Integer> looks(boolean senderFoolsTheBuffer, boolean readerInvalidates) {
        Map<String, Integer> seen = new ConcurrentSkipListMap<>();
        RcceTest.run(List.of(0, 1), (k, rcce) -> {
            Operations ops = k.ops();
            int flag = MessagingMappings.share(1) + rcce.layout().sent(0);
            if (k.pid() == 0) {
                ops.work(LONG_AFTER / 4);
                ops.cl1invmb();
                ops.write32(flag, CommBuffer.SET);
                if (senderFoolsTheBuffer) {
                    ops.write32(MessagingMappings.share(0) + CommBuffer.FOOL_LINE, 1);
                }
            } else {
                seen.put("before", ops.read32(flag));
                ops.work(LONG_AFTER);
                if (readerInvalidates) {
                    ops.cl1invmb();
                }
                seen.put("after", ops.read32(flag));
            }
        });
        return seen;
    }

    @Test
    void withBothStepsTheReceiverSeesTheFlag() {
        assertEquals(Map.of("before", 0, "after", 1), looks(true, true));
    }

    @Test
    void withoutCl1invmbTheReceiverReadsItsStaleLine() {
        assertEquals(Map.of("before", 0, "after", 0), looks(true, false), "the L1 still holds the line read before");
    }

    @Test
    void withoutTheFoolingStoreTheFlagStaysInTheSendersBuffer() {
        assertEquals(Map.of("before", 0, "after", 0), looks(false, true), "the flag never left core 0");
    }
}
