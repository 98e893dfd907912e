package eduscc.kernel.lguest;

import eduscc.kernel.mm.AddressSpace;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * A guest's physical memory as the host sees it (lguest's launcher mmaps it, facts C.6):
 * {@code size} bytes of this core's private DRAM from host-physical {@code base}, guest-physical
 * address 0 at {@code base}. The host maps the range into its own address space at the same
 * linear addresses, so its code reads and writes guest memory with ordinary loads and stores,
 * each charged like any other. DRAM starts zeroed, as /dev/zero does.
 *
 * <p>ASSUMPTION: lguest's launcher takes the guest's memory from the host's free memory; the kit
 * reserves a fixed range above the kernel's 16 MiB ({@link #DEFAULT_BASE}).
 */
public final class GuestMemory {
    /** Where the kit places a guest: 32 MiB, above everything the host kernel uses. */
    public static final int DEFAULT_BASE = 0x02000000;
    public static final int PAGE = 4096;

    private final Operations ops;
    private final int base;
    private final int size;

    public GuestMemory(Operations ops, int base, int size) {
        if ((base & (PAGE - 1)) != 0 || size <= 0 || (size & (PAGE - 1)) != 0) {
            throw new IllegalArgumentException(String.format("guest memory must be whole pages: base 0x%08X, size 0x%X", base, size));
        }
        this.ops = ops;
        this.base = base;
        this.size = size;
    }

    /** Maps every page of the guest's memory into {@code host} as supervisor read/write pages; false if frames ran out. */
    public boolean mapInto(AddressSpace host) {
        for (int offset = 0; offset < size; offset += PAGE) {
            if (!host.map(base + offset, base + offset, Paging.RW)) {
                return false;
            }
        }
        return true;
    }

    /** The host-physical (and host-linear) address of guest-physical {@code gpa}. */
    public int hostAddress(int gpa) {
        return base + gpa;
    }

    /** lguest's pfn_limit: the number of guest page frames; a guest page table naming a frame at or above it is refused. */
    public int pfnLimit() {
        return size / PAGE;
    }

    public boolean contains(int gpa, int length) {
        long start = Integer.toUnsignedLong(gpa);
        return length >= 0 && start + length <= size;
    }

    public int size() {
        return size;
    }

    public int base() {
        return base;
    }

    public int read32(int gpa) {
        return ops.read32(checked(gpa, 4));
    }

    public int read8(int gpa) {
        return ops.read8(checked(gpa, 1));
    }

    public int read16(int gpa) {
        return ops.read16(checked(gpa, 2));
    }

    public void write16(int gpa, int value) {
        ops.write16(checked(gpa, 2), value);
    }

    public void write32(int gpa, int value) {
        ops.write32(checked(gpa, 4), value);
    }

    public void write8(int gpa, int value) {
        ops.write8(checked(gpa, 1), value);
    }

    /** Copies {@code bytes} to guest-physical {@code gpa}, a word at a time (the launcher loading an image). */
    public void load(int gpa, byte[] bytes) {
        checked(gpa, bytes.length);
        int i = 0;
        for (; i + 4 <= bytes.length; i += 4) {
            ops.write32(base + gpa + i, (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16
                | (bytes[i + 3] & 0xFF) << 24);
        }
        for (; i < bytes.length; i++) {
            ops.write8(base + gpa + i, bytes[i]);
        }
    }

    private int checked(int gpa, int length) {
        if (!contains(gpa, length)) {
            throw new GuestFault(String.format("guest-physical 0x%08X is outside its %d MiB of memory", gpa, size >> 20));
        }
        return base + gpa;
    }

}
