package eduscc.machine.cpu;

/**
 * Thrown by a machine operation after which the Java code that called it no longer runs: the
 * operation moved CS:EIP elsewhere (an IRET back to the interrupted code, a far jump into x86
 * code) without saving a place to come back to. It unwinds that Java code to where the core
 * entered it, and the core goes on wherever the architectural state now points (DESIGN §3:
 * what the registers say runs next is what runs). An Error, so that kernel code catching
 * {@code Exception} cannot swallow it.
 */
public final class JumpedAway extends Error {
    private static final long serialVersionUID = 1L;

    JumpedAway() {
        super(null, null, false, false);
    }
}
