package eduscc.machine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace hash over binary fields: the exact bytes it feeds, and what tells two events apart. */
class TraceHashTest {

    /** FNV-1a 64 over bytes, written out again here so the test does not trust the class it checks. */
    private static long fnv1a(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static void littleEndian(ByteArrayOutputStream out, long v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    private static long hashOf(TraceEvent event) {
        TraceHash h = new TraceHash();
        h.add(new TraceEntry(7, 1000, 3, event));
        return h.value();
    }

    @Test
    void anEntryFeedsSeqTimeCoreKindAndFieldsLowByteFirst() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        littleEndian(expected, 0, 8);          // seq
        littleEndian(expected, 5, 8);          // time
        littleEndian(expected, 2, 4);          // core
        String kind = "ConsoleOutput";
        littleEndian(expected, kind.length(), 4);
        for (char c : kind.toCharArray()) {
            littleEndian(expected, c, 2);
        }
        littleEndian(expected, 'x', 4);        // the character
        TraceHash h = new TraceHash();
        h.add(new TraceEntry(0, 5, 2, new TraceEvent.ConsoleOutput('x')));
        assertEquals(fnv1a(expected.toByteArray()), h.value());
    }

    @Test
    void theLengthInFrontKeepsNeighbouringStringsApart() {
        assertNotEquals(hashOf(new TraceEvent.SchedulerDecision(1, 0, "ab", "c", "tick")),
            hashOf(new TraceEvent.SchedulerDecision(1, 0, "a", "bc", "tick")));
        assertNotEquals(hashOf(new TraceEvent.Note(null)), hashOf(new TraceEvent.Note("")));
    }

    @Test
    void everyFieldCounts() {
        List<TraceEvent> variants = List.of(
            new TraceEvent.InterruptDelivered(32, 0, "interrupt", 0, 0, 0x1000),
            new TraceEvent.InterruptDelivered(33, 0, "interrupt", 0, 0, 0x1000),
            new TraceEvent.InterruptDelivered(32, 1, "interrupt", 0, 0, 0x1000),
            new TraceEvent.InterruptDelivered(32, 0, "trap", 0, 0, 0x1000),
            new TraceEvent.InterruptDelivered(32, 0, "interrupt", 3, 0, 0x1000),
            new TraceEvent.InterruptDelivered(32, 0, "interrupt", 0, 3, 0x1000),
            new TraceEvent.InterruptDelivered(32, 0, "interrupt", 0, 0, 0x1004));
        assertEquals(variants.size(), variants.stream().map(TraceHashTest::hashOf).distinct().count());
    }

    @Test
    void theKindCountsToo() {
        assertNotEquals(hashOf(new TraceEvent.TripleFault("x")), hashOf(new TraceEvent.MachineCheck("x")));
    }

    @Test
    void aHangsSampledJavaStackStaysOutOfTheHash() {
        assertEquals(hashOf(new TraceEvent.Hang("t", "at A.run")), hashOf(new TraceEvent.Hang("t", "at B.run")));
        assertNotEquals(hashOf(new TraceEvent.Hang("t", "")), hashOf(new TraceEvent.Hang("u", "")));
    }
}
