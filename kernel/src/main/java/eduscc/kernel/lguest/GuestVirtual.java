package eduscc.kernel.lguest;

import eduscc.machine.cpu.Paging;

/**
 * The guest's virtual addresses as the host follows them (lguest's guest_pa): through the
 * guest's own page directory and table, read from guest memory, to a guest-physical address.
 * The host needs it to read the instruction the guest stopped at, a string the guest names in a
 * hypercall, and to push an interrupt frame on the guest's stack.
 */
final class GuestVirtual {
    private final GuestMemory memory;
    private final ShadowPageTables shadow;

    GuestVirtual(GuestMemory memory, ShadowPageTables shadow) {
        this.memory = memory;
        this.shadow = shadow;
    }

    /** The guest-physical address of guest-virtual {@code linear}; a GuestFault if the guest has not mapped it. */
    int physical(int linear) {
        int pde = memory.read32(shadow.guestDirectory() + 4 * (linear >>> 22));
        if ((pde & Paging.P) == 0) {
            throw new GuestFault(String.format("0x%08X is not mapped in its page directory", linear));
        }
        int pte = memory.read32((pde & Paging.FRAME) + 4 * ((linear >>> 12) & 0x3FF));
        if ((pte & Paging.P) == 0) {
            throw new GuestFault(String.format("0x%08X is not mapped in its page table", linear));
        }
        return (pte & Paging.FRAME) | (linear & 0xFFF);
    }

    /** Whether the guest's own tables map {@code linear} (directory and table entry present). */
    boolean isPresent(int linear) {
        int pde = memory.read32(shadow.guestDirectory() + 4 * (linear >>> 22));
        if ((pde & Paging.P) == 0 || !memory.contains(pde & Paging.FRAME, GuestMemory.PAGE)) {
            return false;
        }
        return (memory.read32((pde & Paging.FRAME) + 4 * ((linear >>> 12) & 0x3FF)) & Paging.P) != 0;
    }

    int read8(int linear) {
        return memory.read8(physical(linear));
    }

    int read32(int linear) {
        return memory.read32(physical(linear));
    }

    void write32(int linear, int value) {
        memory.write32(physical(linear), value);
    }

    /** A NUL-terminated string of at most {@code max} bytes (lguest copies a guest's SHUTDOWN message the same way). */
    String string(int linear, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < max; i++) {
            int c = read8(linear + i);
            if (c == 0) {
                break;
            }
            text.append((char) c);
        }
        return text.toString();
    }
}
