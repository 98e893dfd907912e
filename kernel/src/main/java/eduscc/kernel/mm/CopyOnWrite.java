package eduscc.kernel.mm;

import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * Copy-on-write, the half at fork (eduOS arch/x86/mm/page.c {@code page_map_copy}; the idea of
 * every Unix fork since the 1980s): {@link #share} gives the child's page tables the parent's user
 * pages, the same frames, each counted once more. A writable page becomes read-only in both
 * spaces and carries the kit's copy-on-write mark ({@link #COW}, a bit the SDM leaves to software).
 *
 * <p>The other half, what a write to such a page does, is the page-fault handler's (the exercise
 * {@code page-faults}; the kit's answer is {@link KitPageFaultResolver#copyOnWrite}). With CR0.WP
 * set (the kernel sets it with paging) the kernel's own writes into a user page, as read() makes,
 * fault the same way, so a system call never writes into a shared frame.
 */
public final class CopyOnWrite {
    /** The kit's copy-on-write mark: PTE bit 9, one of the three bits available to software. */
    public static final int COW = 1 << 9;
    /** The user part of an address space: 16 MiB (above the kernel's identity map) up to the top GiB. */
    private static final int FIRST_USER_PDE = 0x0100_0000 >>> 22;
    private static final int END_USER_PDE = 0xC000_0000 >>> 22;
    private static final int ENTRIES = 1024;

    private final Operations ops;
    private final FrameAllocator frames;

    public CopyOnWrite(Operations ops, FrameAllocator frames) {
        this.ops = ops;
        this.frames = frames;
    }

    /** Gives {@code child} every user page of {@code parent}, shared; false when no frame is left for a table. */
    public boolean share(AddressSpace parent, AddressSpace child) {
        for (int pdeIndex = FIRST_USER_PDE; pdeIndex < END_USER_PDE; pdeIndex++) {
            int pde = ops.read32(parent.directory() + 4 * pdeIndex);
            if ((pde & Paging.P) == 0 || (pde & Paging.US) == 0) {
                continue; // a supervisor-only table is the kernel's, shared already (AddressSpace.shareWithProcesses)
            }
            int table = pde & Paging.FRAME;
            for (int i = 0; i < ENTRIES; i++) {
                int pte = ops.read32(table + 4 * i);
                if ((pte & Paging.P) == 0) {
                    continue;
                }
                if ((pte & Paging.RW) != 0) {
                    pte = pte & ~Paging.RW | COW;
                    ops.write32(table + 4 * i, pte);
                }
                frames.share(pte & Paging.FRAME);
                int linear = pdeIndex << 22 | i << 12;
                if (!child.map(linear, pte & Paging.FRAME, pte & (Paging.US | COW))) {
                    return false;
                }
            }
        }
        return true;
    }
}
