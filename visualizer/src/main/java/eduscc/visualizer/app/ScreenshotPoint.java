package eduscc.visualizer.app;

import eduscc.labs.debug.Breakpoints;
import eduscc.labs.debug.DebugBreakpoint;
import eduscc.labs.debug.Session;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Where {@code gui --screenshot --at WHERE} stops the lab before it renders: the Nth stop of "next
 * event" for a kind ({@code task-switch:3}, {@code ModeSwitch}, which is {@code :1}), the first
 * event once the kernel has counted a timer tick ({@code tick:6}), or an exact position
 * ({@code position:1200}). A kind is a tool-bar label with dashes for spaces ({@code task-switch},
 * {@code system-call}) or a trace kind ({@code SchedulerDecision}), in any case.
 *
 * @param what     "event", "tick" or "position"
 * @param kind     the kind's name as given, for messages; empty for a tick or a position
 * @param matcher  the events of that kind; null for a tick or a position
 * @param count    the how-manieth stop (from 1), the tick, or the position
 */
public record ScreenshotPoint(String what, String kind, Predicate<TraceEntry> matcher, long count) {
    private static final String TICK = "tick";
    private static final String POSITION = "position";

    /**
     * Reads {@code --at}'s value.
     *
     * @throws IllegalArgumentException for an empty value, an unknown kind or a count that is not a
     *                                  whole number of at least 1 (0 for a position), naming what is allowed
     */
    public static ScreenshotPoint parse(String at) {
        if (at == null || at.isBlank()) {
            throw new IllegalArgumentException("--at needs a value: KIND[:N] (e.g. task-switch:3), tick:N or position:N");
        }
        String text = at.strip();
        int colon = text.lastIndexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon).strip();
        String number = colon < 0 ? "1" : text.substring(colon + 1).strip();
        long count = number(at, number);
        if (name.equalsIgnoreCase(POSITION)) {
            return new ScreenshotPoint(POSITION, "", null, count);
        }
        if (count < 1) {
            throw new IllegalArgumentException("--at " + at + ": " + (name.equalsIgnoreCase(TICK)
                ? "ticks count from 1 (tick 0 is the boot: use position:N)" : "N counts from 1: the first stop is :1"));
        }
        if (name.equalsIgnoreCase(TICK)) {
            return new ScreenshotPoint(TICK, "", null, count);
        }
        return new ScreenshotPoint("event", name, matcher(name, at), count);
    }

    private static long number(String at, String number) {
        try {
            long n = Long.parseLong(number);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // said below, with the value the user gave
        }
        throw new IllegalArgumentException("--at " + at + ": '" + number + "' is not a whole number of 0 or more");
    }

    /** A tool-bar kind ("task switch", "task-switch") or a trace kind ("TaskSwitch"), ignoring case. */
    static Predicate<TraceEntry> matcher(String name, String at) {
        String wanted = normal(name);
        for (EventKinds kind : EventKinds.values()) {
            if (normal(kind.toString()).equals(wanted)) {
                return kind.matcher();
            }
        }
        for (String kind : traceKinds()) {
            if (normal(kind).equals(wanted)) {
                return e -> e.event().kind().equals(kind);
            }
        }
        List<String> known = new ArrayList<>();
        for (EventKinds kind : EventKinds.values()) {
            known.add(kind.toString().replace(' ', '-'));
        }
        known.addAll(traceKinds());
        throw new IllegalArgumentException("--at " + at + ": no event kind '" + name + "'; the kinds are "
            + String.join(", ", known) + ", and tick:N or position:N");
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
    }

    /** The names of the trace's event records: every kind a trace can hold. */
    private static List<String> traceKinds() {
        List<String> kinds = new ArrayList<>();
        for (Class<?> c : TraceEvent.class.getPermittedSubclasses()) {
            kinds.add(c.getSimpleName());
        }
        return kinds;
    }

    /**
     * Runs {@code session} from where it stands to this point, as the debugger's commands would.
     *
     * @throws IllegalArgumentException if the lab ends before it, saying how far it got
     */
    public void runTo(Session session) {
        switch (what) {
            case POSITION -> {
                session.runTo(count, "ran");
                if (session.snapshot().position() < count) {
                    throw new IllegalArgumentException("--at position:" + count + ": the lab " + session.lab().name()
                        + " ends at position " + session.snapshot().position());
                }
            }
            case TICK -> {
                session.runToBreakpoints(new Breakpoints(List.of(new DebugBreakpoint.OnTick(count))));
                long reached = session.snapshot().kernels().values().stream().mapToLong(k -> k.tick()).max().orElse(0);
                if (reached < count) {
                    throw new IllegalArgumentException("--at tick:" + count + ": the lab " + session.lab().name()
                        + " ends at tick " + reached);
                }
            }
            default -> {
                for (long n = 1; n <= count; n++) {
                    long before = matching(session);
                    session.runUntil(matcher, kind);
                    if (matching(session) == before) {
                        throw new IllegalArgumentException("--at " + kind + ":" + count + ": the lab "
                            + session.lab().name() + " ends after " + (n - 1) + " stop(s) at " + kind);
                    }
                }
            }
        }
    }

    private long matching(Session session) {
        return session.snapshot().trace().stream().filter(matcher).count();
    }
}
