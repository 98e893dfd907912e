package eduscc.visualizer.timeline;

/**
 * A moment worth a tick on the timeline: an interrupt the core took through its IDT, a hardware
 * or software task switch, a system call the kernel served, or a page fault the kernel resolved
 * (zero-filled, copied, taken over, or the task killed).
 *
 * @param time  global time in 1/16 ns units
 * @param core  the core it happened on
 * @param kind  what happened
 * @param label a short text: "timer tick", "hardware JMP (85 cycles)", "write by normal-a"
 */
public record Marker(long time, int core, Kind kind, String label) {

    /** The events the timeline marks. */
    public enum Kind {
        INTERRUPT("interrupt"),
        TASK_SWITCH("task switch"),
        SYSTEM_CALL("system call"),
        PAGE_FAULT("page fault");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
