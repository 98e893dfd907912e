package eduscc.machine.cpu;

/** What a core is doing, as the mesh view colours it. */
public enum CoreState {
    /** Held in reset by its GCBCFG bits. */
    IN_RESET,
    /** Fetching and executing (x86 code or kernel Java code). */
    RUNNING,
    /** HLT: waiting for an interrupt. */
    HALTED,
    /** A fault could not be delivered (triple fault): the core stopped, as a real P54C does. */
    SHUTDOWN,
    /** Kernel or student Java code threw an exception. */
    PANICKED,
    /** Java code ran without a machine operation for too long. */
    HUNG;

    public boolean stopped() {
        return this == SHUTDOWN || this == PANICKED || this == HUNG;
    }
}
