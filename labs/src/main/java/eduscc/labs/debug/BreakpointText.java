package eduscc.labs.debug;

import eduscc.kernel.lguest.Hypercalls;
import java.util.List;

/**
 * Reads a breakpoint as a lecturer types it in the breakpoints panel: a kind and a text, e.g.
 * ("event", "ModeSwitch"), ("write", "0x110000..0x1101FF"), ("sourceLine",
 * "eduscc/kernel/sched/Scheduler.java:120"), ("guestExit", "page fault"), ("hypercall", "LHCALL_SET_PTE"). A bad text raises an {@link IllegalArgumentException}
 * that says what the kind expects.
 */
public final class BreakpointText {
    /** The kinds in the order the panel offers them. */
    public static final List<String> KINDS = List.of("event", "core", "task", "cycle", "tick", "write", "sourceLine",
        "guestExit", "hypercall");

    /** What each kind's text looks like: the panel's prompt once the kind is chosen. */
    public static final java.util.Map<String, String> EXAMPLES = java.util.Map.of(
        "event", "a trace event kind: ModeSwitch, SchedulerDecision",
        "core", "a core: 3",
        "task", "a task's name: high",
        "cycle", "core cycles: 16000000",
        "tick", "a timer tick: 6",
        "write", "linear addresses: 0x110000..0x1101FF",
        "sourceLine", "path:line: eduscc/kernel/Kernel.java:120",
        "guestExit", "how the reason begins: page fault, hypercall LHCALL_SET_PTE; empty: any exit",
        "hypercall", "a number or a name: 14, LHCALL_SET_PTE");

    private BreakpointText() {
    }

    public static DebugBreakpoint parse(String kind, String text) {
        String t = text == null ? "" : text.trim();
        try {
            return switch (kind) {
                case "event" -> new DebugBreakpoint.OnEvent(t);
                case "core" -> new DebugBreakpoint.OnCore(Integer.parseInt(t));
                case "task" -> new DebugBreakpoint.OnTask(t);
                case "cycle" -> new DebugBreakpoint.AtCycle(Long.parseLong(t.replace("_", "")));
                case "tick" -> new DebugBreakpoint.OnTick(Long.parseLong(t));
                case "write" -> write(t);
                case "sourceLine" -> sourceLine(t);
                case "guestExit" -> new DebugBreakpoint.OnGuestExit(t);
                case "hypercall" -> new DebugBreakpoint.OnHypercall(Hypercalls.parse(t));
                default -> throw new IllegalArgumentException("unknown breakpoint kind " + kind + "; one of " + KINDS);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind + ": not a number: '" + t + "'");
        }
    }

    /** "0x110000..0x1101FF" or a single address "0x110000". */
    private static DebugBreakpoint write(String t) {
        String[] ends = t.split("\\.\\.");
        if (ends.length < 1 || ends.length > 2 || ends[0].isBlank()) {
            throw new IllegalArgumentException("write: expected from..to, e.g. 0x110000..0x1101FF, got '" + t + "'");
        }
        int from = address(ends[0]);
        return new DebugBreakpoint.OnMemoryWrite(from, ends.length == 2 ? address(ends[1]) : from);
    }

    private static int address(String s) {
        String a = s.trim().toLowerCase();
        return a.startsWith("0x") ? Integer.parseUnsignedInt(a.substring(2), 16) : Integer.parseUnsignedInt(a);
    }

    /** "eduscc/kernel/sched/Scheduler.java:120": the path below the source root, a colon, the line. */
    private static DebugBreakpoint sourceLine(String t) {
        int colon = t.lastIndexOf(':');
        if (colon <= 0 || !t.substring(0, colon).endsWith(".java")) {
            throw new IllegalArgumentException(
                "sourceLine: expected path:line, e.g. eduscc/kernel/sched/Scheduler.java:120, got '" + t + "'");
        }
        return new DebugBreakpoint.OnSourceLine(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)));
    }
}
