package eduscc.machine.cpu;

/**
 * Unwinds the Java stack of a core that can run no further: shut down after a triple fault,
 * halted for good, or abandoned by the engine. It is an Error so that kernel or student code
 * that catches {@code Exception} cannot swallow it.
 */
public final class CoreStopped extends Error {
    private static final long serialVersionUID = 1L;

    public CoreStopped(int pid, String reason) {
        super("core " + pid + ": " + reason, null, false, false);
    }
}
