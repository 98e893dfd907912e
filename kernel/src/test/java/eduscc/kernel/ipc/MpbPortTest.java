package eduscc.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * The port a gory layer, a send and receive and the mailbox reach the MPBs through: it reads
 * bytes as the MPB holds them, refuses every address outside the shares of the cores that take
 * part, and a mailbox's port (no RCCE) still has ranks, the layout and the shares.
 */
class MpbPortTest {
    /** What core 0 saw through a mailbox's port of cores 0 and 1: each value, or the refusal's message. */
    private static Map<String, String> seenByCore0() {
        Map<String, String> seen = new ConcurrentSkipListMap<>();
        RcceTest.run(List.of(0, 1), (k, rcce) -> {
            if (k.pid() != 0) {
                return;
            }
            MpbPort port = new MpbPort(List.of(0, 1), 0, k.ops(), null);
            int payload = port.ownShare() + port.layout().payload();
            port.cl1invmb();
            port.writeMpb(payload, 0xA1B2C3F4);
            port.writeMpb(port.ownShare() + CommBuffer.FOOL_LINE, 1);
            port.cl1invmb();
            for (int b = 0; b < 4; b++) {
                int at = payload + b;
                see(seen, "byte " + b, () -> port.readMpbByte(at));
            }
            see(seen, "rank of core 1", () -> port.rank(1));
            see(seen, "share of rank 1", () -> port.share(1));
            see(seen, "last byte of core 1's share", () -> port.readMpbByte(port.share(1) + MessagingMappings.SHARE_SIZE - 1));
            see(seen, "core 2's share", () -> port.readMpb(MessagingMappings.share(2)));
            see(seen, "unaligned doubleword", () -> port.readMpb(payload + 2));
            see(seen, "private address as MPB", () -> port.readMpb(0x1000));
            see(seen, "its RCCE", () -> port.rcce().ue());
        });
        return seen;
    }

    private static void see(Map<String, String> seen, String what, IntSupplier value) {
        try {
            seen.put(what, String.format("0x%X", value.getAsInt()));
        } catch (RuntimeException e) {
            seen.put(what, e.getMessage());
        }
    }

    @Test
    void readsBytesRanksAndSharesAndRefusesEverythingElse() {
        String refused = " in a share of the cores that take part (core 0's share begins at 0xC0000000, each is 0x2000 bytes)";
        int unaligned = MessagingMappings.share(0) + new CommBuffer(2).payload() + 2;
        assertEquals(Map.ofEntries(
            Map.entry("byte 0", "0xF4"), Map.entry("byte 1", "0xC3"), Map.entry("byte 2", "0xB2"), Map.entry("byte 3", "0xA1"),
            Map.entry("rank of core 1", "0x1"),
            Map.entry("share of rank 1", "0xC0002000"),
            Map.entry("last byte of core 1's share", "0x0"),
            Map.entry("core 2's share", "0xC0004000 is not a doubleword" + refused),
            Map.entry("unaligned doubleword", String.format("0x%08X is not a doubleword", unaligned) + refused),
            Map.entry("private address as MPB", "0x00001000 is not a doubleword" + refused),
            Map.entry("its RCCE", "core 0's mailbox port has no RCCE")), seenByCore0());
    }
}
