package eduscc.visualizer.app;

import eduscc.machine.trace.TraceEntry;
import java.util.List;
import java.util.function.Predicate;

/** The event kinds "next event" and "previous event" can run to, in the words of the issue. */
public enum EventKinds {
    TASK_SWITCH("task switch", "TaskSwitch", "SchedulerDecision"),
    INTERRUPT("interrupt", "InterruptDelivered"),
    SYSTEM_CALL("system call", "SystemCall"),
    MODE_SWITCH("mode switch", "ModeSwitch"),
    SCHEDULER_DECISION("scheduler decision", "SchedulerDecision"),
    SEGMENT_LOAD("segment load", "SegmentLoad"),
    JAVA_ENTRY("kernel entry", "JavaEntry"),
    MESSAGE("message", "MessageSent", "MessageReceived"),
    BARRIER("barrier", "BarrierPassed"),
    SWITCH_SAMPLE("switch sample", "SwitchSample");

    private final String label;
    private final List<String> kinds;

    EventKinds(String label, String... kinds) {
        this.label = label;
        this.kinds = List.of(kinds);
    }

    /** A task switch is a hardware switch or a scheduler decision that changes the task. */
    public Predicate<TraceEntry> matcher() {
        if (this == TASK_SWITCH) {
            return e -> e.event() instanceof eduscc.machine.trace.TraceEvent.TaskSwitch
                || e.event() instanceof eduscc.machine.trace.TraceEvent.SchedulerDecision d && !d.from().equals(d.to());
        }
        return e -> kinds.contains(e.event().kind());
    }

    @Override
    public String toString() {
        return label;
    }
}
