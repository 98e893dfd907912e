package eduscc.machine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN §5: the debugger takes the trace so far once per frame, so taking it must not copy it. */
class TracePrefixTest {
    private static void record(Trace trace, int count) {
        for (int i = 0; i < count; i++) {
            trace.record(i, 0, new TraceEvent.Halt(i, true));
        }
    }

    @Test
    void aPrefixTakenEarlierKeepsItsLengthAndEntriesWhileTheTraceGrowsPastManyChunks() {
        Trace trace = new Trace();
        record(trace, 5000);
        TracePrefix early = trace.entries();
        record(trace, 3 * (1 << Trace.CHUNK_BITS) * 16);
        assertEquals(5000, early.size(), "a snapshot's trace does not grow with the run");
        assertEquals(4999, early.get(4999).seq());
        assertThrows(IndexOutOfBoundsException.class, () -> early.get(5000));
        TracePrefix late = trace.entries();
        assertEquals(5000 + 3 * (1 << Trace.CHUNK_BITS) * 16, late.size());
        assertEquals(late.size() - 1, late.get(late.size() - 1).seq());
        assertEquals(late.subList(0, 5000), early, "the early prefix is the start of the later one");
    }

    @Test
    void takingThePrefixSharesTheTracesStorageInsteadOfCopyingIt() {
        Trace trace = new Trace();
        record(trace, 10);
        TracePrefix first = trace.entries();
        record(trace, 100_000);
        TracePrefix second = trace.entries();
        assertTrue(first.sharesStorageWith(second), "both views read the same chunks: no copy was made");
        assertSame(first.get(3), second.get(3));
        assertFalse(first.sharesStorageWith(new Trace().entries()), "an empty trace shares nothing");
    }

    @Test
    void aPrefixCannotBeChanged() {
        Trace trace = new Trace();
        record(trace, 3);
        List<TraceEntry> entries = trace.entries();
        assertThrows(UnsupportedOperationException.class, () -> entries.add(entries.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> entries.set(0, entries.get(1)));
        assertEquals(2, trace.entries().first(2).size());
    }
}
