package eduscc.machine.engine;

/** Why {@link Engine#run} returned, and the global time it reached. */
public record RunResult(Reason reason, long time) {
    public enum Reason {
        /** No core can run any more: all are in reset, halted for good, or stopped. */
        ALL_IDLE,
        /** The next thing to happen lies at or beyond the time limit. */
        TIME_LIMIT,
        /** A stop was requested (a step, a breakpoint, an event the debugger waits for). */
        STOPPED,
        /** The user paused the run from another thread ({@link Engine#requestPause}). */
        PAUSED
    }
}
