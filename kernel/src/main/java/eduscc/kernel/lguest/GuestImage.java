package eduscc.kernel.lguest;

import eduscc.machine.cpu.Core;

/**
 * An x86 guest (lguest's launcher loads the kernel file at its physical load address, facts
 * C.6): {@code bytes} at guest-physical {@code loadAddress}, started at {@code entry} in ring 1
 * with ESP at {@code stackTop}. The cycle ledger books its code as {@link Launcher#GUEST_PART}.
 */
public record GuestImage(String name, byte[] bytes, int loadAddress, int entry, int stackTop) implements GuestProgram {
    public GuestImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public void load(GuestMemory memory, Core core) {
        memory.load(loadAddress, bytes);
        core.ledger().mapCode(loadAddress, loadAddress + bytes.length, Launcher.GUEST_PART);
    }
}
