package eduscc.visualizer.timeline;

import eduscc.kernel.arch.Idt;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The timeline panel's view model: for every core sccReset released, which task had the core
 * when, and where interrupts, task switches and system calls happened (DESIGN §5). Built from an
 * immutable {@link DebugSnapshot} alone, so it can be tested and exported without a window.
 *
 * <p>The task changes only at a scheduler decision whose {@code from} and {@code to} differ, as
 * in eduOS's {@code scheduler()}. Before the first decision a core is in "boot" until the kernel
 * reaches its idle loop (the first HLT with interrupts enabled) and in "idle" after that.
 */
public final class TimelineModel {
    public static final String BOOT = "boot";
    public static final String IDLE = "idle";

    private final String lab;
    private final long end;
    private final Map<Integer, CoreLane> lanes;
    private final List<String> tasks;

    private TimelineModel(String lab, long end, Map<Integer, CoreLane> lanes, List<String> tasks) {
        this.lab = lab;
        this.end = end;
        this.lanes = lanes;
        this.tasks = tasks;
    }

    public static TimelineModel of(DebugSnapshot snapshot) {
        long end = 0;
        Map<Integer, LaneBuilder> builders = new TreeMap<>();
        for (TraceEntry e : snapshot.trace()) {
            end = Math.max(end, e.time());
            if (e.event() instanceof TraceEvent.ResetReleased) {
                builders.computeIfAbsent(e.core(), LaneBuilder::new);
            }
        }
        for (CoreSnapshot core : snapshot.machine().cores()) {
            if (builders.containsKey(core.pid())) {
                end = Math.max(end, core.time());
            }
        }
        for (TraceEntry e : snapshot.trace()) {
            LaneBuilder lane = builders.get(e.core());
            if (lane != null) {
                lane.record(e);
            }
        }
        return build(snapshot.lab(), end, builders);
    }

    public String lab() {
        return lab;
    }

    /** The snapshot's time: the latest core time or event, in global units; every lane ends here. */
    public long end() {
        return end;
    }

    /** The lanes of the released cores, lowest core first. */
    public List<CoreLane> lanes() {
        return List.copyOf(lanes.values());
    }

    public Optional<CoreLane> lane(int core) {
        return Optional.ofNullable(lanes.get(core));
    }

    /** Every task that had a core, in the order each first appeared (the legend's order). */
    public List<String> tasks() {
        return tasks;
    }

    /**
     * Builds the model of each snapshot a run shows from the events added since the last one:
     * while the run goes on, the trace so far is not walked again on every frame. After a step
     * back or on another lab it starts over. Gives the same model as {@link #of}.
     */
    public static final class Follower {
        private final Map<Integer, LaneBuilder> builders = new TreeMap<>();
        private List<TraceEntry> seen = List.of();
        private String lab;
        private long eventsEnd;

        public TimelineModel next(DebugSnapshot snapshot) {
            List<TraceEntry> trace = snapshot.trace();
            if (!snapshot.lab().equals(lab) || !eduscc.machine.trace.TracePrefix.continues(seen, trace)) {
                builders.clear();
                seen = List.of();
                eventsEnd = 0;
                lab = snapshot.lab();
            }
            // A core's own events start with its ResetReleased, so one pass finds its lane first.
            for (TraceEntry e : trace.subList(seen.size(), trace.size())) {
                eventsEnd = Math.max(eventsEnd, e.time());
                if (e.event() instanceof TraceEvent.ResetReleased) {
                    builders.computeIfAbsent(e.core(), LaneBuilder::new);
                }
                LaneBuilder lane = builders.get(e.core());
                if (lane != null) {
                    lane.record(e);
                }
            }
            seen = trace;
            long end = eventsEnd;
            for (CoreSnapshot core : snapshot.machine().cores()) {
                if (builders.containsKey(core.pid())) {
                    end = Math.max(end, core.time());
                }
            }
            return build(snapshot.lab(), end, builders);
        }
    }

    private static TimelineModel build(String lab, long end, Map<Integer, LaneBuilder> builders) {
        Map<Integer, CoreLane> lanes = new TreeMap<>();
        LinkedHashSet<String> tasks = new LinkedHashSet<>();
        for (LaneBuilder b : builders.values()) {
            CoreLane lane = b.build(end);
            lanes.put(lane.core(), lane);
            tasks.addAll(lane.taskOrder());
        }
        return new TimelineModel(lab, end, lanes, List.copyOf(tasks));
    }

    /** Walks one core's events and cuts its time into segments. */
    private static final class LaneBuilder {
        private final int core;
        private final List<Segment> segments = new ArrayList<>();
        private final List<Marker> markers = new ArrayList<>();
        private String task = BOOT;
        private String reason = "reset released";
        private long since;

        LaneBuilder(int core) {
            this.core = core;
        }

        void record(TraceEntry e) {
            TraceEvent event = e.event();
            if (event instanceof TraceEvent.SchedulerDecision d && !d.from().equals(d.to())) {
                change(e.time(), d.to(), d.reason());
            } else if (event instanceof TraceEvent.Halt h && h.interruptsEnabled() && task.equals(BOOT)) {
                change(e.time(), IDLE, "the kernel reached its idle loop");
            } else if (event instanceof TraceEvent.InterruptDelivered d) {
                markers.add(new Marker(e.time(), core, Marker.Kind.INTERRUPT, vectorName(d.vector())));
            } else if (event instanceof TraceEvent.TaskSwitch s) {
                markers.add(new Marker(e.time(), core, Marker.Kind.TASK_SWITCH, s.mechanism() + " (" + s.cycles() + " cycles)"));
            } else if (event instanceof TraceEvent.SystemCall c) {
                markers.add(new Marker(e.time(), core, Marker.Kind.SYSTEM_CALL, c.name() + " by " + c.task()));
            }
        }

        private void change(long time, String next, String why) {
            segments.add(new Segment(task, since, time, reason));
            task = next;
            reason = why;
            since = time;
        }

        CoreLane build(long end) {
            List<Segment> all = new ArrayList<>(segments);
            all.add(new Segment(task, since, Math.max(since, end), reason));
            return new CoreLane(core, all, markers);
        }
    }

    /** The kernel's names for its vectors (eduOS irq.c and isrs.c); others by number. */
    static String vectorName(int vector) {
        return switch (vector) {
            case Idt.TIMER -> "timer tick";
            case Idt.LINT0 -> "LINT0 (IPI)";
            case Idt.LINT1 -> "LINT1 (IPI)";
            case Idt.APIC_ERROR -> "APIC error";
            case Idt.SPURIOUS -> "spurious";
            case Idt.SYSCALL -> "int 0x80";
            case 13 -> "#GP";
            case 14 -> "#PF";
            default -> "vector " + vector;
        };
    }
}
