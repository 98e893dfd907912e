package eduscc.labs.debug;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import eduscc.kernel.lguest.ExitReasons;
import eduscc.kernel.lguest.Hypercalls;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.stream.Collectors;

/**
 * One place where the debugger stops (DESIGN §5 "run to breakpoint"). Three kinds of watching
 * stand behind them: a trace event ({@link OnEvent}, {@link OnCore}, {@link OnTask}, {@link OnTick}
 * and {@link AllOf} of them), an instruction boundary ({@link OnSourceLine}), a data write
 * ({@link OnMemoryWrite}) and simulated time ({@link AtCycle}). A session file names each by its
 * {@code "type"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DebugBreakpoint.OnSourceLine.class, name = "sourceLine"),
    @JsonSubTypes.Type(value = DebugBreakpoint.OnEvent.class, name = "event"),
    @JsonSubTypes.Type(value = DebugBreakpoint.OnCore.class, name = "core"),
    @JsonSubTypes.Type(value = DebugBreakpoint.OnTask.class, name = "task"),
    @JsonSubTypes.Type(value = DebugBreakpoint.OnTick.class, name = "tick"),
    @JsonSubTypes.Type(value = DebugBreakpoint.AtCycle.class, name = "cycle"),
    @JsonSubTypes.Type(value = DebugBreakpoint.OnMemoryWrite.class, name = "write"),
    @JsonSubTypes.Type(value = DebugBreakpoint.OnGuestExit.class, name = "guestExit"),
    @JsonSubTypes.Type(value = DebugBreakpoint.OnHypercall.class, name = "hypercall"),
    @JsonSubTypes.Type(value = DebugBreakpoint.AllOf.class, name = "allOf"),
    @JsonSubTypes.Type(value = DebugBreakpoint.Noted.class, name = "noted")})
public sealed interface DebugBreakpoint {

    /** The line in the breakpoints list and in the status bar, e.g. "event ModeSwitch". */
    String text();

    /**
     * Whether this breakpoint stops at trace entry {@code e}; {@code ticksNow} and {@code ticksArmed}
     * give each core's kernel tick count now and when the run started. Kinds that do not watch
     * events say false.
     */
    default boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
        return false;
    }

    /** What the lecturer says when the debugger stops here (a lab breakpoint's note), or "". */
    default String note() {
        return "";
    }

    /** A core's running kernel code stands on the line (the call on it may be deeper). */
    record OnSourceLine(@JsonIgnore SourceLine at) implements DebugBreakpoint {
        @JsonCreator
        public OnSourceLine(@JsonProperty("file") String file, @JsonProperty("line") int line) {
            this(new SourceLine(file, line));
        }

        public OnSourceLine {
            if (at == null || at.file() == null || at.file().isBlank() || at.line() < 1) {
                throw new IllegalArgumentException("a source line needs a file and a line >= 1, got " + at);
            }
        }

        @JsonProperty("file")
        public String file() {
            return at.file();
        }

        @JsonProperty("line")
        public int line() {
            return at.line();
        }

        @Override
        public String text() {
            return at.toString();
        }
    }

    /** The next trace event of a kind, e.g. {@code "ModeSwitch"} or {@code "SchedulerDecision"}. */
    record OnEvent(String kind) implements DebugBreakpoint {
        public OnEvent {
            if (kind == null || kind.isBlank()) {
                throw new IllegalArgumentException("an event breakpoint needs a kind, e.g. ModeSwitch");
            }
        }

        @Override
        public boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
            return e.event().kind().equals(kind);
        }

        @Override
        public String text() {
            return "event " + kind;
        }
    }

    /** Any trace event on core {@code pid}. */
    record OnCore(int pid) implements DebugBreakpoint {
        public OnCore {
            if (pid < 0 || pid > 47) {
                throw new IllegalArgumentException("a core is 0..47, got " + pid);
            }
        }

        @Override
        public boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
            return e.core() == pid;
        }

        @Override
        public String text() {
            return "core " + pid;
        }
    }

    /** The scheduler (or a Java entry) switches to the task, or the task panics or hangs. */
    record OnTask(String task) implements DebugBreakpoint {
        public OnTask {
            if (task == null || task.isBlank()) {
                throw new IllegalArgumentException("a task breakpoint needs a task name");
            }
        }

        @Override
        public boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
            TraceEvent ev = e.event();
            if (ev instanceof TraceEvent.SchedulerDecision d) {
                return task.equals(d.to()) && !task.equals(d.from());
            } else if (ev instanceof TraceEvent.JavaEntry j) {
                return task.equals(j.code());
            } else if (ev instanceof TraceEvent.Panic p) {
                return task.equals(p.task());
            } else if (ev instanceof TraceEvent.Hang h) {
                return task.equals(h.task());
            }
            return false;
        }

        @Override
        public String text() {
            return "task " + task;
        }
    }

    /**
     * The first event on a core whose kernel has counted {@code tick} timer ticks since the run
     * started below that count (a lab's {@code "tick"}); once passed, it does not stop again.
     */
    record OnTick(long tick) implements DebugBreakpoint {
        public OnTick {
            if (tick < 1) {
                throw new IllegalArgumentException("a tick breakpoint needs a tick >= 1, got " + tick);
            }
        }

        @Override
        public boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
            return ticksArmed.applyAsLong(e.core()) < tick && ticksNow.applyAsLong(e.core()) >= tick;
        }

        @Override
        public String text() {
            return "tick " + tick;
        }
    }

    /** Core cycles at 533 MHz: the run stops when global time reaches {@code cycle × 30} units. */
    record AtCycle(long cycle) implements DebugBreakpoint {
        public AtCycle {
            if (cycle < 1 || cycle > Long.MAX_VALUE / Clocks.TILE_533_UNITS) {
                throw new IllegalArgumentException("a cycle breakpoint needs a cycle >= 1, got " + cycle);
            }
        }

        /** The global time the run stops at. */
        public long time() {
            return cycle * Clocks.TILE_533_UNITS;
        }

        @Override
        public String text() {
            return "cycle " + cycle;
        }
    }

    /** A data write touching linear addresses {@code from..to} (inclusive), e.g. the GDT or a TSS. */
    record OnMemoryWrite(int from, int to) implements DebugBreakpoint {
        public OnMemoryWrite {
            if (Integer.compareUnsigned(from, to) > 0) {
                throw new IllegalArgumentException(String.format("write range 0x%08X..0x%08X is empty", from, to));
            }
        }

        /** Whether a write of {@code size} bytes at {@code linear} touches the range. */
        public boolean touchedBy(int linear, int size) {
            long first = Integer.toUnsignedLong(linear);
            return first <= Integer.toUnsignedLong(to) && first + size - 1 >= Integer.toUnsignedLong(from);
        }

        @Override
        public String text() {
            return String.format("write 0x%08X..0x%08X", from, to);
        }
    }

    /**
     * A guest's exit to its host (issue 12): any ({@code reason} empty) or those whose reason
     * begins with {@code reason}, as the lguest view words them: "page fault", "general
     * protection", "hypercall LHCALL_SET_PTE", "interrupt 32".
     */
    record OnGuestExit(String reason) implements DebugBreakpoint {
        public OnGuestExit {
            reason = reason == null ? "" : reason.strip();
            if (!reason.isEmpty() && !ExitReasons.couldBegin(reason)) {
                throw new IllegalArgumentException("no guest exit's reason begins with \"" + reason + "\"; a reason"
                    + " begins with one of " + ExitReasons.KINDS + ", e.g. \"hypercall LHCALL_SET_PTE\"; empty for any exit");
            }
        }

        @Override
        public boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
            return e.event() instanceof TraceEvent.GuestExit exit && exit.reason().startsWith(reason);
        }

        @Override
        public String text() {
            return reason.isEmpty() ? "guest exit" : "guest exit: " + reason;
        }
    }

    /**
     * A guest's hypercall by number (lguest's LHCALL_ numbers, facts C.1): the exit its INT 0x1F
     * causes. Calls the guest queues in lguest_data's ring run inside LHCALL_FLUSH_ASYNC's exit
     * and have no exit of their own, so they do not stop here.
     */
    record OnHypercall(int number) implements DebugBreakpoint {
        public OnHypercall {
            Hypercalls.parse(Integer.toString(number));
        }

        @Override
        public boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
            return e.event() instanceof TraceEvent.GuestExit exit && exit.trapnum() == Hypercalls.TRAP_ENTRY
                && exit.reason().equals("hypercall " + Hypercalls.name(number));
        }

        @Override
        public String text() {
            return "hypercall " + number + " (" + Hypercalls.name(number) + ")";
        }
    }

    /** Every part accepts the same trace event (a lab breakpoint with a core, a tick and an event). */
    record AllOf(List<DebugBreakpoint> parts) implements DebugBreakpoint {
        public AllOf {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("allOf needs at least one part");
            }
            for (DebugBreakpoint p : parts) {
                if (p instanceof OnSourceLine || p instanceof AtCycle || p instanceof OnMemoryWrite) {
                    throw new IllegalArgumentException("allOf combines event breakpoints only, not " + p.text());
                }
            }
        }

        @Override
        public boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
            return parts.stream().allMatch(p -> p.stopsAt(e, ticksNow, ticksArmed));
        }

        @Override
        public String text() {
            return parts.stream().map(DebugBreakpoint::text).collect(Collectors.joining(" + "));
        }
    }

    /**
     * A lab file's breakpoint: its condition, with the note the lab gives for it, which the
     * status line shows when the run stops there.
     */
    record Noted(DebugBreakpoint condition, String note) implements DebugBreakpoint {
        public Noted {
            if (condition == null) {
                throw new IllegalArgumentException("a noted breakpoint needs a condition");
            }
            note = note == null ? "" : note;
        }

        @Override
        public boolean stopsAt(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
            return condition.stopsAt(e, ticksNow, ticksArmed);
        }

        @Override
        public String text() {
            return condition.text();
        }
    }
}
