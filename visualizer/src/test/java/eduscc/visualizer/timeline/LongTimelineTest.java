package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * On a long run the session keeps only a window of events: the timeline's lanes start at the
 * window, say how many events came before, hold no more than the window, and a followed run gives
 * the same timeline as one built from the snapshot alone.
 */
class LongTimelineTest {
    private static final Scenario TURNS = ScenarioReader.parse("turns.json", """
        {"name": "turns", "description": "two tasks take turns at 10 kHz",
         "machine": {"cores": [0]}, "kernel": {"timerFreq": 10000},
         "cores": [{"pid": 0, "tasks": [
           {"name": "a", "priority": 8, "steps": [{"type": "slices", "count": 100000}]},
           {"name": "b", "priority": 8, "steps": [{"type": "slices", "count": 100000}]}]}]}
        """);

    @Test
    void aLongRunsLanesStartAtTheWindowAndAFollowedRunAgrees() {
        try (Session session = new Session(TURNS)) {
            session.goToCycle(500_000_000L);
            TimelineModel.Follower follower = new TimelineModel.Follower();
            long firstLeftOut = session.snapshot().traceLeftOut();
            for (int frame = 0; frame < 8; frame++) {
                DebugSnapshot now = session.snapshot();
                TimelineModel whole = TimelineModel.of(now);
                TimelineModel followed = follower.next(now);
                assertTrue(now.traceLeftOut() > 0, "the window moved on");
                assertEquals(now.traceLeftOut(), whole.eventsLeftOut());
                CoreLane lane = whole.lane(0).orElseThrow();
                assertEquals(now.trace().get(0).time(), lane.segments().get(0).start(), "the lane starts at the window");
                assertTrue(lane.segments().get(0).reason().contains("earlier events left out"), lane.segments().get(0).reason());
                assertTrue(lane.segments().size() < Session.TRACE_WINDOW, "bounded by the window");
                assertEquals(whole.lanes(), followed.lanes(), "frame " + frame);
                assertEquals(whole.tasks(), followed.tasks());
                assertEquals(whole.end(), followed.end());
                session.publishRun(session.advance(30_000), "running");
            }
            assertTrue(session.snapshot().traceLeftOut() > firstLeftOut, "the window moved while the timeline followed");
        }
    }
}
