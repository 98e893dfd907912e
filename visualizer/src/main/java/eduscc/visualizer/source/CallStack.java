package eduscc.visualizer.source;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.SourceLine;
import eduscc.labs.debug.StopEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The kernel call stack of one core as the source view lists it (GDB's {@code backtrace}): one
 * frame per kernel line on the running context's Java stack, innermost first, each with its
 * source text, and the line the source view marks.
 *
 * <p>Which line is marked: a line breakpoint on the stack wins (the run stopped because of it).
 * Otherwise, when the run stopped at an event recorded on this core while the core's innermost frame
 * now lies in another file, the event's own place: the machine stops at the next instruction boundary,
 * and after a scheduler decision that boundary already lies in the next task's program, but the
 * student asked to see the decision, which the scheduler took. Those frames are listed first,
 * under their own heading, so the view never hides where the core really is.
 *
 * @param frames the frames, grouped under headings ({@link Frame#heading} non-empty on a group's first)
 * @param marked the line to mark, or null if the core runs no kernel Java code
 * @param why    a sentence above the source that says what the marked line is
 */
public record CallStack(List<Frame> frames, SourceLine marked, String why) {

    /**
     * A frame of the list.
     *
     * @param heading the group's heading on its first frame ("core 0 now"), else empty
     * @param depth   0 for the innermost frame of its group
     */
    public record Frame(String heading, int depth, SourceLine line, String code) {
        @Override
        public String toString() {
            return "#" + depth + "  " + line + "   " + code;
        }
    }

    public CallStack {
        frames = List.copyOf(frames);
    }

    public static CallStack of(DebugSnapshot snapshot, int core, Set<SourceLine> breakpoints) {
        List<SourceLine> now = snapshot.kernelStack(core);
        List<Frame> frames = new ArrayList<>();
        StopEvent stop = snapshot.stopEvent();
        SourceLine atBreakpoint = now.stream().filter(breakpoints::contains).findFirst().orElse(null);
        boolean showEvent = atBreakpoint == null && stop != null && stop.entry().core() == core
            && !stop.recordedAt().isEmpty() && (now.isEmpty() || !now.get(0).file().equals(stop.recordedAt().get(0).file()));
        if (showEvent) {
            String kind = stop.entry().event().kind();
            add(frames, "where " + kind + " was recorded", stop.recordedAt());
            add(frames, "where core " + core + " stands now", now);
            SourceLine place = stop.recordedAt().get(0);
            return new CallStack(frames, place, "Stopped after " + kind + " on core " + core + ": marked is where it was "
                + "recorded (" + place + "). The core has since gone on"
                + (now.isEmpty() ? "" : " to " + now.get(0)) + " in the same step; see the call stack.");
        }
        add(frames, "core " + core + " now", now);
        if (now.isEmpty()) {
            return new CallStack(frames, null, "Core " + core + " runs no kernel Java code now (x86 code, halted or in reset).");
        }
        SourceLine marked = atBreakpoint != null ? atBreakpoint : now.get(0);
        return new CallStack(frames, marked, atBreakpoint != null
            ? "Core " + core + " stopped at the breakpoint on " + marked + " (a call it makes is under way)."
            : "Core " + core + " stands at " + marked + ".");
    }

    private static void add(List<Frame> frames, String heading, List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            frames.add(new Frame(i == 0 ? heading : "", i, l, KernelSources.line(l.file(), l.line())));
        }
    }
}
