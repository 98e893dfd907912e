package eduscc.labs.scenario;

/**
 * Where the visual debugger stops when it walks a lab in front of a class: at a timer tick, at the
 * next trace event of a kind (e.g. {@code "TaskSwitch"}), when a task is switched to, when a guest
 * exits to its host (for a reason, or by a hypercall), or a combination; on one core or any. The headless runner keeps breakpoints but does not stop.
 *
 * @param core  the core, or null for any core
 * @param tick  the timer tick, or null
 * @param event a trace event kind such as {@code "SchedulerDecision"}, or null
 * @param task  a task name of the lab, or null
 * @param guestExit a guest's exit whose reason begins with this ("page fault", "hypercall
 *     LHCALL_SET_PTE"; "" for any exit), or null
 * @param hypercall a guest's hypercall by number or name ("14", "LHCALL_SET_PTE"), or null
 * @param note  what the lecturer says when the debugger stops here (optional)
 */
public record Breakpoint(Integer core, Long tick, String event, String task, String guestExit, String hypercall,
                         String note) {
    public Breakpoint {
        if (tick == null && event == null && task == null && guestExit == null && hypercall == null) {
            throw new FieldError("tick", "a breakpoint needs a tick, an event kind, a task, a guestExit or a hypercall to stop at");
        }
        if (tick != null) {
            FieldError.inRange(tick, 0, KernelPart.MAX_STOP_AFTER_TICKS, "tick");
        }
        note = note == null ? "" : note;
    }
}
