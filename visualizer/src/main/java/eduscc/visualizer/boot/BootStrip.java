package eduscc.visualizer.boot;

import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The strip of boot lamps for one core: which {@link BootStep}s it has passed, read from its trace
 * events up to the pause. Each step is lit by the first event that marks it; "segments" needs all
 * five data segment registers reloaded after the far jump, so the real-mode SS load of the stack
 * step does not count.
 *
 * @param lamps one lamp per step, in story order
 */
public record BootStrip(List<Lamp> lamps) {

    /** @param seq the trace sequence number of the event that lit it, or -1 while dark */
    public record Lamp(BootStep step, boolean lit, long seq) { }

    private static final List<String> DATA_SEGMENTS = List.of("ds", "es", "fs", "gs", "ss");

    public BootStrip {
        lamps = List.copyOf(lamps);
    }

    /** The lamps of {@code core} after the events in {@code trace} (the whole trace so far). */
    public static BootStrip of(List<TraceEntry> trace, int core) {
        long[] at = new long[BootStep.values().length];
        Arrays.fill(at, -1);
        int reloaded = 0;
        for (TraceEntry entry : trace) {
            if (entry.core() != core) {
                continue;
            }
            TraceEvent event = entry.event();
            long seq = entry.seq();
            if (event instanceof TraceEvent.ResetReleased) {
                light(at, BootStep.RESET_RELEASED, seq);
            } else if (event instanceof TraceEvent.SegmentLoad s) {
                if (s.register().equals("ss")) {
                    light(at, BootStep.STACK, seq);
                }
                if (at[BootStep.FAR_JUMP.ordinal()] >= 0 && DATA_SEGMENTS.contains(s.register())) {
                    reloaded |= 1 << DATA_SEGMENTS.indexOf(s.register());
                    if (reloaded == (1 << DATA_SEGMENTS.size()) - 1) {
                        light(at, BootStep.SEGMENTS, seq);
                    }
                }
            } else if (event instanceof TraceEvent.TableRegisterLoad t && t.register().equals("GDTR")) {
                light(at, BootStep.LGDT, seq);
            } else if (event instanceof TraceEvent.ModeSwitch m && m.from().equals("real")) {
                light(at, BootStep.CR0_PE, seq);
            } else if (event instanceof TraceEvent.FarJump f && f.mode().startsWith("protected")) {
                light(at, BootStep.FAR_JUMP, seq);
            } else if (event instanceof TraceEvent.JavaEntry) {
                light(at, BootStep.KERNEL_ENTRY, seq);
            }
            if (Arrays.stream(at).allMatch(s -> s >= 0)) {
                break;
            }
        }
        List<Lamp> lamps = new ArrayList<>();
        for (BootStep step : BootStep.values()) {
            lamps.add(new Lamp(step, at[step.ordinal()] >= 0, at[step.ordinal()]));
        }
        return new BootStrip(lamps);
    }

    private static void light(long[] at, BootStep step, long seq) {
        if (at[step.ordinal()] < 0) {
            at[step.ordinal()] = seq;
        }
    }

    public boolean lit(BootStep step) {
        return lamps.get(step.ordinal()).lit();
    }

    /** The step passed most recently: the lamp the view draws brightest. */
    public Optional<BootStep> latest() {
        return lamps.stream().filter(Lamp::lit).max((a, b) -> Long.compare(a.seq(), b.seq())).map(Lamp::step);
    }
}
