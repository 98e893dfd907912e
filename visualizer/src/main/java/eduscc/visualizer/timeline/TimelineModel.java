package eduscc.visualizer.timeline;

import eduscc.kernel.arch.Idt;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TracePrefix;
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
    private final long eventsLeftOut;

    private TimelineModel(String lab, long end, Map<Integer, CoreLane> lanes, List<String> tasks, long eventsLeftOut) {
        this.lab = lab;
        this.end = end;
        this.lanes = lanes;
        this.tasks = tasks;
        this.eventsLeftOut = eventsLeftOut;
    }

    public static TimelineModel of(DebugSnapshot snapshot) {
        long end = 0;
        Map<Integer, LaneBuilder> builders = new TreeMap<>();
        for (TraceEntry e : snapshot.traceKept()) {
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
        startAtWindow(snapshot, builders);
        for (TraceEntry e : snapshot.trace()) {
            LaneBuilder lane = builders.get(e.core());
            if (lane != null) {
                lane.record(e);
            }
        }
        return build(snapshot.lab(), end, builders, snapshot.traceLeftOut());
    }

    /**
     * On a long run the session keeps only its latest events (its window): every lane then starts
     * at the window's first event, with the task the core ran there (the first decision's "from",
     * or the kernel's running task if the window holds no decision of that core).
     */
    private static void startAtWindow(DebugSnapshot snapshot, Map<Integer, LaneBuilder> builders) {
        if (snapshot.traceLeftOut() == 0 || snapshot.trace().isEmpty()) {
            return;
        }
        long from = snapshot.trace().get(0).time();
        String why = leftOutReason(snapshot);
        for (LaneBuilder lane : builders.values()) {
            lane.startAt(from, taskAtWindowStart(snapshot, lane.core), why);
        }
    }

    /** The reason a lane gives for its first segment when the window left earlier events out. */
    private static String leftOutReason(DebugSnapshot snapshot) {
        return String.format("%,d earlier events left out: go to an earlier cycle to see them", snapshot.traceLeftOut());
    }

    private static String taskAtWindowStart(DebugSnapshot snapshot, int core) {
        for (TraceEntry e : snapshot.trace()) {
            if (e.core() == core && e.event() instanceof TraceEvent.SchedulerDecision d) {
                return d.from();
            }
        }
        var kernel = snapshot.kernels().get(core);
        return kernel == null || kernel.running() == null ? BOOT : kernel.running();
    }

    /**
     * How many of the run's first events the timeline does not show: the session's trace window
     * left them out (0 on a short run). Its lanes start at the first event it does show.
     */
    public long eventsLeftOut() {
        return eventsLeftOut;
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
            if (!snapshot.lab().equals(lab) || !TracePrefix.continues(seen, trace)) {
                builders.clear();
                seen = List.of();
                eventsEnd = 0;
                lab = snapshot.lab();
                if (snapshot.traceLeftOut() > 0) {
                    for (TraceEntry e : snapshot.traceHead()) {
                        if (e.event() instanceof TraceEvent.ResetReleased) {
                            builders.computeIfAbsent(e.core(), LaneBuilder::new);
                        }
                    }
                    startAtWindow(snapshot, builders);
                }
            }
            // A core's own events start with its ResetReleased, so one pass finds its lane first.
            for (TraceEntry e : TracePrefix.since(seen, trace)) {
                eventsEnd = Math.max(eventsEnd, e.time());
                if (e.event() instanceof TraceEvent.ResetReleased) {
                    builders.computeIfAbsent(e.core(), LaneBuilder::new);
                }
                LaneBuilder lane = builders.get(e.core());
                if (lane != null) {
                    lane.record(e);
                }
            }
            if (snapshot.traceLeftOut() > 0 && !trace.isEmpty()) {
                // the window moved on: what it dropped is dropped here too, so a long watched run stays bounded
                for (LaneBuilder lane : builders.values()) {
                    lane.forgetBefore(trace.get(0).time(), leftOutReason(snapshot));
                }
            }
            seen = trace;
            long end = eventsEnd;
            for (CoreSnapshot core : snapshot.machine().cores()) {
                if (builders.containsKey(core.pid())) {
                    end = Math.max(end, core.time());
                }
            }
            return build(snapshot.lab(), end, builders, snapshot.traceLeftOut());
        }
    }

    private static TimelineModel build(String lab, long end, Map<Integer, LaneBuilder> builders, long eventsLeftOut) {
        Map<Integer, CoreLane> lanes = new TreeMap<>();
        LinkedHashSet<String> tasks = new LinkedHashSet<>();
        for (LaneBuilder b : builders.values()) {
            CoreLane lane = b.build(end);
            lanes.put(lane.core(), lane);
            tasks.addAll(lane.taskOrder());
        }
        return new TimelineModel(lab, end, lanes, List.copyOf(tasks), eventsLeftOut);
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
            } else if (event instanceof TraceEvent.PageFaultResolved f) {
                markers.add(new Marker(e.time(), core, Marker.Kind.PAGE_FAULT,
                    String.format("%08X %s (%s)", f.linearAddress(), f.outcome(), f.task())));
            }
        }

        /** The lane starts at {@code time} with {@code running} (the first event a window kept). */
        void startAt(long time, String running, String why) {
            task = running;
            reason = why;
            since = time;
        }

        /**
         * Drops the segments that ended and the markers that lie before {@code time}, and starts
         * the lane there, as {@link #startAt} does for a lane built from the window alone.
         */
        void forgetBefore(long time, String why) {
            segments.removeIf(s -> s.end() < time);
            markers.removeIf(m -> m.time() < time);
            if (!segments.isEmpty() && segments.get(0).start() < time) {
                Segment first = segments.get(0);
                segments.set(0, new Segment(first.task(), time, first.end(), why));
            } else if (segments.isEmpty() && since < time) {
                since = time;
                reason = why;
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
