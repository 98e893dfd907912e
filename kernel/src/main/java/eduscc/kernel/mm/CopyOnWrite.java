package eduscc.kernel.mm;

import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * Copy-on-write, both halves (eduOS arch/x86/mm/page.c {@code page_map_copy}; the idea of every
 * Unix fork since the 1980s):
 * <ul>
 *   <li>{@link #share}: at fork the child's page tables get the parent's user pages, the same
 *       frames, each counted once more. A writable page becomes read-only in both spaces and
 *       carries the kit's copy-on-write mark ({@link #COW}, a bit the SDM leaves to software).
 *   <li>{@link #resolve}: a write to such a page faults (a protection violation). If the frame is
 *       still shared, the writer gets a copy of it of its own; if its count is down to one (the
 *       other side wrote first and took a copy, or exited), the writer takes the frame over.
 *       Either way the page is writable again and the mark is gone.
 * </ul>
 * With CR0.WP set (the kernel sets it with paging) the kernel's own writes into a user page, as
 * read() makes, fault the same way, so a system call never writes into a shared frame.
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

    /**
     * A write fault at {@code address} in {@code space}: how it was resolved ("copied" or "taken
     * over", and the page's frame now) when the page was a copy-on-write page and is writable
     * now; null when it is no such page, or when no frame is left for the copy.
     */
    public PageFaultResolver.Resolution resolve(AddressSpace space, int address) {
        int pte = space.entry(address);
        if ((pte & Paging.P) == 0 || (pte & COW) == 0) {
            return null;
        }
        int page = address & Paging.FRAME;
        int shared = pte & Paging.FRAME;
        int flags = pte & Paging.US | Paging.RW;
        if (frames.count(shared) == 1) {
            space.map(page, shared, flags);
            space.flushTlbEntry(page);
            return PageFaultResolver.Resolution.takenOver(shared);
        }
        int copy = frames.allocate();
        if (copy == FrameAllocator.NO_FRAME) {
            return null;
        }
        for (int offset = 0; offset < FrameAllocator.FRAME_SIZE; offset += 4) {
            ops.write32(copy + offset, ops.read32(shared + offset));
        }
        space.map(page, copy, flags);
        frames.release(shared);
        space.flushTlbEntry(page);
        return PageFaultResolver.Resolution.copied(copy);
    }
}
