package eduscc.kernel.lguest;

import eduscc.machine.cpu.Core;

/**
 * What a launcher runs in a new guest (lguest's launcher loads a kernel file, facts C.6): it
 * puts the guest's bytes into guest memory, binds whatever Java code the guest has, and says
 * where the guest starts (EIP and ESP, in ring 1). The kit has two kinds: an x86 image
 * ({@link GuestImage}) and the kit's own kernel ({@link GuestKernel}).
 */
public interface GuestProgram {
    String name();

    /** Loads the guest into {@code memory} before its first entry; runs on the launcher's context. */
    void load(GuestMemory memory, Core core);

    /** Where the guest's first instruction is (guest-virtual, mapped to itself by the first page tables). */
    int entry();

    /** The guest's first ESP. */
    int stackTop();
}
