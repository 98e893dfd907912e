package eduscc.machine.cpu;

/**
 * Kernel code written in Java that the core runs when execution reaches an address the kernel has
 * bound (DESIGN §3: "IDT gates point at addresses that the kernel binds to Java handlers").
 */
@FunctionalInterface
public interface JavaCode {
    void run();
}
