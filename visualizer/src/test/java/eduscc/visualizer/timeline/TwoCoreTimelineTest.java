package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.MachineSnapshot;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A hand-made trace of two released cores out of three, interleaved as the engine's quanta
 * interleave them: each core gets its own lane, and the snapshot's time closes both.
 */
class TwoCoreTimelineTest {
    private static CoreSnapshot core(int pid, CoreState state, long time) {
        return new CoreSnapshot(pid, state, "protected", 0, List.of(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0, 0, 0, 0,
            List.of(), 0, 0, 0, 0, null, null, time / 30, time, "", "",
            eduscc.machine.snapshot.TablesSnapshot.notRead("a hand-made snapshot"),
            eduscc.machine.snapshot.CacheSnapshot.empty());
    }

    private static DebugSnapshot snapshot() {
        List<TraceEvent> events = List.of(
            new TraceEvent.ResetReleased(0, 0), new TraceEvent.ResetReleased(2, 0),
            new TraceEvent.Halt(0x100010, true), new TraceEvent.Halt(0x100010, true),
            new TraceEvent.SchedulerDecision(1 << 8, 8, "idle", "ping", "higher priority ready"),
            new TraceEvent.SystemCall(1, "write", "ping", 5),
            new TraceEvent.SchedulerDecision(1 << 8, 8, "idle", "pong", "higher priority ready"),
            new TraceEvent.SchedulerDecision(0, 0, "ping", "idle", "idle"));
        int[] cores = {0, 5, 0, 5, 5, 5, 0, 5};
        long[] times = {0, 0, 300, 600, 900, 1200, 1500, 1800};
        List<TraceEntry> trace = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            trace.add(new TraceEntry(i, times[i], cores[i], events.get(i)));
        }
        MachineSnapshot machine = new MachineSnapshot(8, trace.size(), "", List.of(core(0, CoreState.RUNNING, 2100),
            core(1, CoreState.IN_RESET, 0), core(2, CoreState.IN_RESET, 0), core(3, CoreState.IN_RESET, 0),
            core(4, CoreState.IN_RESET, 0), core(5, CoreState.HALTED, 1800)));
        return new DebugSnapshot("two cores", 8, machine, new TreeMap<>(), trace, "paused", new TreeMap<>());
    }

    @Test
    void eachReleasedCoreHasItsOwnLane() {
        TimelineModel model = TimelineModel.of(snapshot());
        assertEquals(List.of(0, 5), model.lanes().stream().map(CoreLane::core).toList());
        assertEquals(List.of("boot", "idle", "pong"), model.lane(0).orElseThrow().taskOrder());
        assertEquals(List.of("boot", "idle", "ping", "idle"), model.lane(5).orElseThrow().taskOrder());
        assertEquals(List.of(new Marker(1200, 5, Marker.Kind.SYSTEM_CALL, "write by ping")),
            model.lane(5).orElseThrow().markers());
    }

    @Test
    void theSnapshotsTimeIsTheLatestCoreTimeAndClosesEveryLane() {
        TimelineModel model = TimelineModel.of(snapshot());
        assertEquals(2100, model.end());
        assertEquals(new Segment("idle", 1800, 2100, "idle"), model.lane(5).orElseThrow().segments().get(3));
        assertEquals(new Segment("pong", 1500, 2100, "higher priority ready"), model.lane(0).orElseThrow().segments().get(2));
    }
}
