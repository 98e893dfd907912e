package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.machine.trace.TraceEntry;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A debugging session on a long run keeps a window of the latest events and a record of the
 * checked tick ends that do not grow with the run, and still shows every earlier event on demand,
 * the same event a short run kept.
 */
class LongSessionTest {
    /** Two tasks take turns at every tick of a 10 kHz timer; the narration checks tick 3. */
    private static final Scenario TURNS = ScenarioReader.parse("turns.json", """
        {"name": "turns", "description": "two tasks take turns at 10 kHz",
         "machine": {"cores": [0]}, "kernel": {"timerFreq": 10000},
         "cores": [{"pid": 0, "tasks": [
           {"name": "a", "priority": 8, "steps": [{"type": "slices", "count": 100000}]},
           {"name": "b", "priority": 8, "steps": [{"type": "slices", "count": 100000}]}]}],
         "narration": [{"tick": 3, "text": "a runs", "check": {"running": "a"}}]}
        """);
    /** 10^9 core cycles (1.9 simulated seconds): 18,750 ticks and some 356,000 events, seven windows. */
    private static final long CYCLES = 1_000_000_000L;

    private static Session session;
    private static DebugSnapshot far;

    @BeforeAll
    static void runFar() {
        session = new Session(TURNS);
        session.goToCycle(CYCLES);
        far = session.snapshot();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void theSessionKeepsAWindowOfTheLatestEventsAndCountsTheRest() {
        long all = far.machine().traceEvents();
        assertTrue(all > 6 * Session.TRACE_WINDOW, "the run is long: " + all + " events");
        assertEquals(Session.TRACE_WINDOW, far.trace().size());
        assertEquals(all - Session.TRACE_WINDOW, far.traceLeftOut());
        assertEquals(far.traceLeftOut(), far.trace().get(0).seq());
        assertEquals(all - 1, far.lastEvent().seq());
        assertEquals(0, far.traceHead().get(0).seq(), "the boot stays");
        assertTrue(far.traceHead().size() < Session.TRACE_WINDOW);
    }

    @Test
    void onlyTheTickEndsANarrationCheckNamesAreKept() {
        assertEquals(1, far.tickEnds().size(), "one checked tick on one core, whatever the run's length");
        assertEquals(3, far.tickEnds().get(0).tick());
        NarrationChecks.Result r = NarrationChecks.judge(TURNS.narration().get(0), far, 0);
        assertEquals(Boolean.TRUE, r.passed(), r.seen());
    }

    @Test
    void anEventBeforeTheWindowIsDerivedAgainAsAShortRunRecordedIt() {
        long seq = 20_000;
        assertTrue(seq < far.traceLeftOut(), "the event lies before the window");
        List<TraceEntry> fetched = session.events(seq, 5);
        try (Session shortRun = new Session(TURNS)) {
            shortRun.goToEvent(seq + 4);
            List<TraceEntry> kept = shortRun.snapshot().trace();
            assertEquals(0, shortRun.snapshot().traceLeftOut(), "the short run kept every event");
            assertEquals(kept.subList((int) seq, (int) seq + 5), fetched);
        }
        assertEquals(far.position(), session.snapshot().position(), "fetching does not move the session");
        assertEquals(far.trace().subList(10, 12), session.events(far.traceLeftOut() + 10, 2), "the window serves its own");
    }

    @Test
    void stepBackAcrossTheWindowsEdgeShowsTheSameState() {
        session.runTo(far.position(), "back to the far position");
        session.step();
        DebugSnapshot next = session.snapshot();
        session.stepBack();
        DebugSnapshot back = session.snapshot();
        assertEquals(PositionStateProperty.of(far), PositionStateProperty.of(back));
        assertEquals(far.trace(), back.trace(), "the same window of events");
        assertEquals(far.traceLeftOut(), back.traceLeftOut());
        assertTrue(next.traceLeftOut() >= far.traceLeftOut());
    }
}
