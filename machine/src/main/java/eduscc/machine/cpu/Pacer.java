package eduscc.machine.cpu;

/**
 * How a core's operations meet the engine (DESIGN §3): every operation ends at an instruction
 * boundary, where the engine may take the baton back; an access another core can see first waits
 * until this core is the earliest; HLT waits for an interrupt. A lone core in a unit test uses
 * {@link #ALONE}, which never waits.
 */
public interface Pacer {
    Pacer ALONE = new Pacer() {
        @Override
        public void awaitTurn(Core core) {
        }

        @Override
        public void boundary(Core core) {
        }

        @Override
        public void halt(Core core) {
            throw new CoreStopped(core.pid(), "halted with no engine to wake it");
        }

        @Override
        public void transfer(Core core, long parkedAt) {
        }
    };

    /** Returns when this core's next shared access is in global time order. */
    void awaitTurn(Core core);

    /** Called at every instruction boundary, after pending interrupts are taken. */
    void boundary(Core core);

    /**
     * Called by HLT once the core is halted: that is a boundary (the engine counts it and may stop
     * there). Returns when an interrupt (or the timer) wakes the core.
     */
    void halt(Core core);

    /**
     * A task switch saved this context's place ({@code parkedAt}, see {@link Core#contextKey}) and
     * loaded another's: the calling thread parks there, and the context the new CS:EIP and ESP
     * name (a parked one, or a new one starting from the registers) runs. Returns when some later
     * switch loads this context's saved place again.
     */
    void transfer(Core core, long parkedAt);

    /** Whether a context of {@code core} is parked at {@code key}; a lone core has no other contexts. */
    default boolean isParkedAt(Core core, long key) {
        return false;
    }
}
