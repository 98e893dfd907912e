package eduscc.machine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A trace with a window keeps its head and its latest entries, and counts and hashes every one. */
class TraceWindowTest {
    private static final int CHUNK = 1 << Trace.CHUNK_BITS;

    private static void record(Trace trace, int count) {
        for (int i = 0; i < count; i++) {
            trace.record(trace.size(), 0, new TraceEvent.Halt(i, true));
        }
    }

    @Test
    void aWindowKeepsTheLatestEntriesAndTheHashOfAll() {
        Trace all = new Trace();
        Trace windowed = new Trace();
        windowed.setWindow(10_000);
        record(all, 100_000);
        record(windowed, 100_000);
        assertEquals(all.hash(), windowed.hash(), "the hash covers every entry, kept or not");
        assertEquals(100_000, windowed.size());
        TracePrefix kept = windowed.entries();
        assertEquals(10_000, kept.size());
        assertEquals(90_000, kept.firstSeq());
        assertEquals(100_000, kept.endSeq());
        for (int i = 0; i < kept.size(); i += 997) {
            assertEquals(90_000 + i, kept.get(i).seq());
        }
        assertEquals(all.entries().subList(90_000, 100_000), kept);
        assertEquals(90_000, TracePrefix.leftOut(kept));
    }

    @Test
    void theHeadOfTheRunStaysWhateverTheWindow() {
        Trace trace = new Trace();
        trace.setWindow(100);
        record(trace, 50_000);
        TracePrefix head = trace.entries().head();
        assertEquals(Trace.HEAD_CHUNKS * CHUNK, head.size());
        assertEquals(0, head.get(0).seq());
        assertEquals(head.size() - 1, head.get(head.size() - 1).seq());
    }

    @Test
    void aPrefixTakenBeforeTheWindowMovedStillReadsItsEntries() {
        Trace trace = new Trace();
        trace.setWindow(CHUNK);
        record(trace, 3 * CHUNK);
        TracePrefix early = trace.entries();
        TraceEntry first = early.get(0);
        record(trace, 20 * CHUNK);
        assertSame(first, early.get(0), "a snapshot's entries are not overwritten by the run going on");
        TracePrefix late = trace.entries();
        assertTrue(TracePrefix.continues(early, late), "the same run, later");
        assertEquals(late, TracePrefix.since(early, late), "the window moved past all it showed: every kept entry is new");
        record(trace, 100);
        List<TraceEntry> added = TracePrefix.since(late, trace.entries());
        assertEquals(100, added.size(), "only what was recorded since");
        assertEquals(late.endSeq(), added.get(0).seq());
        assertFalse(TracePrefix.continues(late, early), "an earlier view does not continue a later one");
    }
}
