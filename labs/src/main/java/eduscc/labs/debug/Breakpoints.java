package eduscc.labs.debug;

import eduscc.labs.scenario.Breakpoint;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.trace.TraceEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToLongFunction;

/**
 * The breakpoints of a debugging session, in the order they were set (the first one that hits is
 * named in the status bar). Immutable: adding or removing one gives a new set, so the GUI may
 * hand it to the simulation thread as it is. A breakpoint appears at most once.
 */
public record Breakpoints(List<DebugBreakpoint> all) {
    public static final Breakpoints NONE = new Breakpoints(List.of());

    public Breakpoints {
        all = List.copyOf(all.stream().distinct().toList());
    }

    /**
     * The lab file's breakpoints: each one's core, tick, event, task, guest exit and hypercall must all hold at the same
     * trace event; a lab breakpoint with one condition becomes that breakpoint alone, carrying the
     * lab's note for the status line.
     */
    public static Breakpoints fromLab(Scenario lab) {
        List<DebugBreakpoint> list = new ArrayList<>();
        for (Breakpoint b : lab.breakpoints()) {
            List<DebugBreakpoint> parts = new ArrayList<>();
            if (b.core() != null) {
                parts.add(new DebugBreakpoint.OnCore(b.core()));
            }
            if (b.tick() != null) {
                parts.add(new DebugBreakpoint.OnTick(b.tick()));
            }
            if (b.event() != null) {
                parts.add(new DebugBreakpoint.OnEvent(b.event()));
            }
            if (b.task() != null) {
                parts.add(new DebugBreakpoint.OnTask(b.task()));
            }
            if (b.guestExit() != null) {
                parts.add(new DebugBreakpoint.OnGuestExit(b.guestExit()));
            }
            if (b.hypercall() != null) {
                parts.add(new DebugBreakpoint.OnHypercall(eduscc.kernel.lguest.Hypercalls.parse(b.hypercall())));
            }
            DebugBreakpoint condition = parts.size() == 1 ? parts.get(0) : new DebugBreakpoint.AllOf(parts);
            list.add(b.note().isEmpty() ? condition : new DebugBreakpoint.Noted(condition, b.note()));
        }
        return new Breakpoints(list);
    }

    public Breakpoints with(DebugBreakpoint b) {
        List<DebugBreakpoint> list = new ArrayList<>(all);
        list.add(b);
        return new Breakpoints(list);
    }

    public Breakpoints without(DebugBreakpoint b) {
        List<DebugBreakpoint> list = new ArrayList<>(all);
        list.remove(b);
        return new Breakpoints(list);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The first breakpoint that stops at trace entry {@code e}, if any. */
    public Optional<DebugBreakpoint> hitBy(TraceEntry e, IntToLongFunction ticksNow, IntToLongFunction ticksArmed) {
        return all.stream().filter(b -> b.stopsAt(e, ticksNow, ticksArmed)).findFirst();
    }

    /** The first source line breakpoint among {@code stack} (a core's kernel lines, innermost first). */
    public Optional<DebugBreakpoint> hitAtLines(List<SourceLine> stack) {
        return all.stream().filter(b -> b instanceof DebugBreakpoint.OnSourceLine s && stack.contains(s.at()))
            .findFirst();
    }

    public boolean watchesLines() {
        return all.stream().anyMatch(b -> b instanceof DebugBreakpoint.OnSourceLine);
    }

    public boolean watchesWrites() {
        return all.stream().anyMatch(b -> b instanceof DebugBreakpoint.OnMemoryWrite);
    }

    /** The first write breakpoint a write of {@code size} bytes at {@code linear} touches. */
    public Optional<DebugBreakpoint> hitByWrite(int linear, int size) {
        return all.stream().filter(b -> b instanceof DebugBreakpoint.OnMemoryWrite w && w.touchedBy(linear, size))
            .findFirst();
    }

    /** The earliest cycle breakpoint that lies after global time {@code now}. */
    public Optional<DebugBreakpoint.AtCycle> nextCycle(long now) {
        return all.stream().filter(b -> b instanceof DebugBreakpoint.AtCycle c && c.time() > now)
            .map(b -> (DebugBreakpoint.AtCycle) b)
            .min((a, b) -> Long.compare(a.time(), b.time()));
    }
}
