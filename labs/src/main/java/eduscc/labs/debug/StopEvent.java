package eduscc.labs.debug;

import eduscc.machine.trace.TraceEntry;
import java.util.List;

/**
 * The event a run stopped at, with the kernel lines on its core's stack when it was recorded.
 * The machine stops at the next instruction boundary after the event, which may lie in another
 * context (after a scheduler decision the far JMP and the next task's first operation still
 * belong to the same step), so the source view needs this to show where the event happened: at a
 * scheduler decision, in the scheduler.
 *
 * @param entry      the event
 * @param recordedAt the kernel frames of the context that recorded it, innermost first (empty if none)
 */
public record StopEvent(TraceEntry entry, List<SourceLine> recordedAt) {

    public StopEvent {
        recordedAt = List.copyOf(recordedAt);
    }

    /** Catches the event on the context recording it (a trace listener runs there). */
    static StopEvent here(TraceEntry entry) {
        return new StopEvent(entry, SourceLine.kernelFrames(Thread.currentThread().getStackTrace()));
    }
}
