package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline of the scheduling lab against the order worked out by hand (labs SchedulingLabTest). */
class TimelineModelTest {
    private final DebugSnapshot finished = SchedulingRun.finished();
    private final CoreLane core0 = TimelineModel.of(finished).lane(0).orElseThrow();

    @Test
    void coreZeroRunsTheHandComputedOrderAfterBootAndIdle() {
        List<String> expected = new ArrayList<>(List.of("boot", "idle"));
        SchedulingRun.HAND_COMPUTED.forEach(r -> expected.add(r.task()));
        assertEquals(expected, core0.taskOrder());
    }

    @Test
    void eachTaskGetsTheCoreWithinItsHandComputedTick() {
        List<Long> ticks = core0.markers(Marker.Kind.INTERRUPT).stream()
            .filter(m -> m.label().equals("timer tick")).map(Marker::time).toList();
        assertEquals(13, ticks.size(), "the lab takes 13 timer ticks");
        List<Segment> tasks = core0.segments().subList(2, core0.segments().size());
        for (int i = 0; i < tasks.size(); i++) {
            int tick = SchedulingRun.HAND_COMPUTED.get(i).tick();
            long start = tasks.get(i).start();
            long nextTick = tick < ticks.size() ? ticks.get(tick) : Long.MAX_VALUE;
            assertTrue(start >= ticks.get(tick - 1) && start < nextTick,
                tasks.get(i).task() + " should get core 0 in tick " + tick + " but got it at " + start);
        }
    }

    @Test
    void segmentsChangeAtTheSchedulerDecisionsThatChangeTheTask() {
        List<Long> decisions = finished.trace().stream()
            .filter(e -> e.core() == 0 && e.event() instanceof TraceEvent.SchedulerDecision d && !d.from().equals(d.to()))
            .map(TraceEntry::time).toList();
        assertEquals(decisions, core0.segments().subList(2, core0.segments().size()).stream().map(Segment::start).toList());
        assertEquals("round robin", core0.segments().get(5).reason(), "normal-a -> normal-b at tick 4");
    }

    @Test
    void segmentsAreBackToBackFromZeroToTheSnapshotsTime() {
        TimelineModel model = TimelineModel.of(finished);
        List<Segment> segments = core0.segments();
        assertEquals(0, segments.get(0).start());
        for (int i = 1; i < segments.size(); i++) {
            assertEquals(segments.get(i - 1).end(), segments.get(i).start(), "a gap before segment " + i);
        }
        assertEquals(model.end(), segments.get(segments.size() - 1).end());
        assertEquals(finished.machine().core(0).time(), model.end());
    }

    @Test
    void bootEndsWhenTheKernelReachesItsIdleLoop() {
        long firstIdleHalt = finished.trace().stream()
            .filter(e -> e.core() == 0 && e.event() instanceof TraceEvent.Halt h && h.interruptsEnabled())
            .findFirst().orElseThrow().time();
        assertEquals(new Segment("boot", 0, firstIdleHalt, "reset released"), core0.segments().get(0));
    }

    @Test
    void onlyReleasedCoresHaveLanes() {
        assertEquals(List.of(0), TimelineModel.of(finished).lanes().stream().map(CoreLane::core).toList());
    }

    @Test
    void markersShowInterruptsTaskSwitchesAndSystemCalls() {
        long delivered = finished.trace().stream().filter(e -> e.core() == 0 && e.event() instanceof TraceEvent.InterruptDelivered).count();
        long switches = finished.trace().stream().filter(e -> e.core() == 0 && e.event() instanceof TraceEvent.TaskSwitch).count();
        long calls = finished.trace().stream().filter(e -> e.core() == 0 && e.event() instanceof TraceEvent.SystemCall).count();
        assertEquals(delivered, core0.markers(Marker.Kind.INTERRUPT).size());
        assertEquals(switches, core0.markers(Marker.Kind.TASK_SWITCH).size());
        assertEquals(calls, core0.markers(Marker.Kind.SYSTEM_CALL).size());
        assertEquals("hardware JMP (85 cycles)", core0.markers(Marker.Kind.TASK_SWITCH).get(0).label());
    }

    @Test
    void theLegendListsTasksInTheOrderTheyFirstRan() {
        assertEquals(List.of("boot", "idle", "realtime", "high", "normal-a", "normal-b", "low"),
            TimelineModel.of(finished).tasks());
    }

    @Test
    void midRunTheRunningTasksSegmentIsOpenToTheSnapshotsTime() {
        try (Session session = SchedulingRun.session()) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision d && d.to().equals("high"), "high");
            TimelineModel model = TimelineModel.of(session.snapshot());
            Segment last = model.lane(0).orElseThrow().segments().get(3);
            assertEquals("high", last.task());
            assertEquals(model.end(), last.end());
            assertTrue(last.end() >= session.snapshot().lastEvent().time());
        }
    }

    @Test
    void segmentAtFindsTheTaskThatHadTheCore() {
        Segment high = core0.segments().get(3);
        assertEquals(high, core0.segmentAt(high.start()).orElseThrow());
        assertEquals(high, core0.segmentAt(high.end() - 1).orElseThrow());
        assertEquals("normal-a", core0.segmentAt(high.end()).orElseThrow().task());
        assertTrue(core0.segmentAt(-1).isEmpty());
    }
}
