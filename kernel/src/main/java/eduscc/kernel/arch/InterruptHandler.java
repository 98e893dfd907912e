package eduscc.kernel.arch;

/** Kernel code for one interrupt vector (eduOS {@code irq_install_handler}). */
@FunctionalInterface
public interface InterruptHandler {
    void handle(InterruptFrame frame);
}
