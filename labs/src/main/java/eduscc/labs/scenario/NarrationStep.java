package eduscc.labs.scenario;

/**
 * One paragraph of the story a lecturer tells while the lab runs: shown when the run reaches the
 * timer tick (tick 0: before the first tick, while the kernel boots).
 *
 * @param tick the timer tick the paragraph belongs to (default 0)
 * @param core the core it talks about, or null for the whole machine
 * @param text what to say
 * @param check what the class should see at this step, checked live by the debugger (optional)
 */
public record NarrationStep(Long tick, Integer core, String text, NarrationCheck check) {
    public NarrationStep {
        tick = tick == null ? 0 : tick;
        FieldError.inRange(tick, 0, KernelPart.MAX_STOP_AFTER_TICKS, "tick");
        FieldError.required(text, "text", "what the lecturer says at this point");
    }
}
