package eduscc.kernel.lguest;

/**
 * Told by the launcher after each exit of its guest, before the host handles it: a hook for
 * benchmarks and tools, not lguest code. It runs on the host's context and must make no machine
 * operation (it only looks).
 */
@FunctionalInterface
public interface GuestObserver {
    GuestObserver NONE = (trapnum, eax) -> { };

    /** The guest came back with {@code trapnum}; {@code eax} is its EAX then (a hypercall's number). */
    void exited(int trapnum, int eax);
}
