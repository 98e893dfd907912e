package eduscc.machine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace hash over binary fields: the exact bytes it feeds, and what tells two events apart. */
class TraceHashTest {

    /** The word-wide FNV-1a step with a fold, written out again here so the test does not trust the class it checks. */
    private static long hashWords(long... words) {
        long h = 0xcbf29ce484222325L;
        for (long w : words) {
            h ^= w;
            h *= 0x100000001b3L;
            h ^= h >>> 32;
        }
        return h;
    }

    private static long hashOf(TraceEvent event) {
        TraceHash h = new TraceHash();
        h.add(new TraceEntry(7, 1000, 3, event));
        return h.value();
    }

    @Test
    void anEntryFeedsSeqTimeCoreKindAndFieldsOneWordEach() {
        // seq, time, core, the kind's length and Java hash code ("ConsoleOutput"), the character
        long expected = hashWords(0, 5, 2, 13, 42_630_424, 'x'); // "ConsoleOutput".hashCode() by hand: 42,630,424
        TraceHash h = new TraceHash();
        h.add(new TraceEntry(0, 5, 2, new TraceEvent.ConsoleOutput('x')));
        assertEquals(expected, h.value());
    }

    @Test
    void aLongFeedsAllItsBitsAndAStringItsLengthAndHashCode() {
        TraceHash h = new TraceHash();
        h.add(0x1234_5678_9ABC_DEF0L).add("readyqueues.lock").add((String) null).add(true);
        assertEquals(hashWords(0x1234_5678_9ABC_DEF0L, 16, "readyqueues.lock".hashCode(), -1, 1), h.value());
        assertNotEquals(new TraceHash().add(1L << 40).value(), new TraceHash().add(1L << 41).value(),
            "a difference in the high half counts");
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
