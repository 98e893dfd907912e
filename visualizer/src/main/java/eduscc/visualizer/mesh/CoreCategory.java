package eduscc.visualizer.mesh;

/**
 * What a core on the mesh is doing, in the words a lecturer uses while stepping through a lab:
 * the categories the view colours by. Each one also has a text, because on a washed-out projector
 * (or for a colour-blind student) the colour alone says nothing.
 */
public enum CoreCategory {
    /** Held in reset by sccReset; it has not fetched a single instruction. */
    IN_RESET("in reset"),
    /** Released, fetching from the reset vector with CR0.PE clear. */
    REAL_MODE("real mode"),
    /** CR0.PE set, but no kernel task yet: the boot stub or the kernel's own set-up. */
    PROTECTED_MODE("protected mode"),
    /** The kernel's scheduler runs one of the lab's tasks on this core. */
    RUNNING_TASK("running"),
    /** The idle task: HLT until the next interrupt. */
    IDLE("idle"),
    /** HLT outside the idle task (a boot stub or a test that stopped). */
    HALTED("halted"),
    /** Kernel or student Java code threw; the core stopped, the machine goes on. */
    PANICKED("PANICKED"),
    /** Java code held the core without a machine operation for too long. */
    HUNG("HUNG"),
    /** A fault that could not be delivered: the P54C shuts down (triple fault, machine check). */
    SHUT_DOWN("SHUT DOWN");

    private final String text;

    CoreCategory(String text) {
        this.text = text;
    }

    /** The word drawn in the core's box; failures are in capitals so they stand out without colour. */
    public String text() {
        return text;
    }

    /** True for the states the core cannot leave without a reset. */
    public boolean stopped() {
        return this == PANICKED || this == HUNG || this == SHUT_DOWN;
    }
}
