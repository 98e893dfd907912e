package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.machine.trace.TraceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A click on the timeline becomes the last event at or before the time, reached again by re-running. */
class TimeJumpTest {
    @Test
    void theEntryAtOrBeforeATimeIsTheLatestNotAfterIt() {
        List<TraceEntry> trace = SchedulingRun.finished().trace();
        TraceEntry tenth = trace.get(10);
        assertEquals(tenth.time(), TimeJump.entryAtOrBefore(trace, tenth.time()).orElseThrow().time());
        assertTrue(TimeJump.entryAtOrBefore(trace, -1).isEmpty());
        assertEquals(trace.get(trace.size() - 1), TimeJump.entryAtOrBefore(trace, Long.MAX_VALUE).orElseThrow());
    }

    @Test
    void goingToATimeInATaskSegmentStopsInThatSegment() {
        Segment normalB = TimelineModel.of(SchedulingRun.finished()).lane(0).orElseThrow().segments().get(5);
        long middle = normalB.start() + normalB.duration() / 2;
        try (Session session = SchedulingRun.session()) {
            while (!session.finished()) {
                session.runChunk();
            }
            TraceEntry target = TimeJump.goTo(session, middle).orElseThrow();
            DebugSnapshot now = session.snapshot();
            assertEquals(target, now.trace().get((int) target.seq()), "the same event again, by its sequence number");
            assertTrue(now.lastEvent().time() <= middle, "stopped at " + now.lastEvent() + ", after " + middle);
            CoreLane lane = TimelineModel.of(now).lane(0).orElseThrow();
            assertEquals("normal-b", lane.segments().get(lane.segments().size() - 1).task());
        }
    }
}
