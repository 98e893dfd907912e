package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.EveryCore;
import eduscc.labs.scenario.ShippedLabs;
import org.junit.jupiter.api.Test;

/**
 * The timeline of a running lab is built from the events each snapshot adds, and is the same
 * timeline as one built from the whole trace: forward, after a step back, and on several cores.
 */
class TimelineFollowerTest {
    private static void assertSameTimeline(DebugSnapshot snapshot, TimelineModel followed) {
        TimelineModel whole = TimelineModel.of(snapshot);
        String at = " at position " + snapshot.position();
        assertEquals(whole.end(), followed.end(), "end" + at);
        assertEquals(whole.lanes(), followed.lanes(), "lanes" + at);
        assertEquals(whole.tasks(), followed.tasks(), "legend" + at);
    }

    @Test
    void aFollowedRunGivesTheTimelineOfTheWholeTraceAtEveryFrameAndAfterAStepBack() {
        try (Session session = new Session(EveryCore.of(ShippedLabs.load("scheduling"), 2))) {
            TimelineModel.Follower follower = new TimelineModel.Follower();
            for (long position = 0; position < 3_400; position += 170) {
                session.runTo(position, "test");
                assertSameTimeline(session.snapshot(), follower.next(session.snapshot()));
            }
            session.stepBack();
            assertSameTimeline(session.snapshot(), follower.next(session.snapshot()));
            session.runTo(3_300, "test");
            assertSameTimeline(session.snapshot(), follower.next(session.snapshot()));
        }
    }
}
