package eduscc.kernel.mm;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelLayout;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * One address space: a page directory and its page tables (SDM Vol. 3A §4.3 "32-bit Paging";
 * eduOS arch/x86/mm/page.c). The entries are real PDE and PTE bytes in frames of simulated
 * memory, with the SDM's bits: P, R/W, U/S, PWT, PCD, A, D. The directory's physical address is
 * what CR3 holds while the space is in use.
 *
 * <p>The kernel reaches the directory and the tables at their physical addresses: the frames
 * come from the frame pool, which the kernel's identity map covers once paging is on. A
 * translation the processor may have cached goes through the kernel's hardware layer
 * ({@link Hardware#flushTlbEntry}), as Linux's {@code flush_tlb_page} takes the space it flushes.
 */
public final class AddressSpace {
    private static final int ENTRIES = 1024;
    /** The top GiB, where the SCC's message buffers and registers lie: the kernel's in every space. */
    public static final long KERNEL_TOP = 0xC000_0000L;

    private final Hardware hardware;
    private final Operations ops;
    private final FrameAllocator frames;
    private final int directory;
    /**
     * Directory slots outside the identity map and the top GiB that belong to the kernel too: its
     * device pages there (a guest kernel's lguest device page, just above its 16 MiB of RAM).
     * Kernel bookkeeping, as plain Java (DESIGN §4).
     */
    private final boolean[] kernelSlots = new boolean[ENTRIES];

    private AddressSpace(Hardware hardware, Operations ops, FrameAllocator frames, int directory) {
        this.hardware = hardware;
        this.ops = ops;
        this.frames = frames;
        this.directory = directory;
    }

    /** A new, empty address space: a zeroed directory (every PDE not present). Null when no frame is left. */
    public static AddressSpace create(Hardware hardware, Operations ops, FrameAllocator frames) {
        int directory = frames.allocate();
        if (directory == FrameAllocator.NO_FRAME) {
            return null;
        }
        frames.zero(directory);
        return new AddressSpace(hardware, ops, frames, directory);
    }

    /**
     * A process's address space (eduOS page_map_copy for a new task): a new directory that shares
     * the kernel's page tables, so the kernel and the devices are mapped the same in every space
     * (as supervisor pages), and nothing else yet. The kernel's own user heap is not shared.
     * The new space flushes through the kernel space's hardware layer. Null when no frame is left.
     */
    public static AddressSpace forProcess(Operations ops, FrameAllocator frames, AddressSpace kernel) {
        AddressSpace space = create(kernel.hardware, ops, frames);
        if (space == null) {
            return null;
        }
        for (int index = 0; index < ENTRIES; index++) {
            long covers = Integer.toUnsignedLong(index << 22);
            if (covers < KernelLayout.IDENTITY_MAPPED || covers >= KERNEL_TOP || kernel.kernelSlots[index]) {
                int pde = ops.read32(kernel.directory + 4 * index);
                if ((pde & Paging.P) != 0) {
                    ops.write32(space.directory + 4 * index, pde);
                }
            }
        }
        return space;
    }

    /** A view of the address space whose directory is at {@code directory} (a task's page_map). */
    public static AddressSpace of(Hardware hardware, Operations ops, FrameAllocator frames, int directory) {
        return new AddressSpace(hardware, ops, frames, directory);
    }

    /**
     * eduOS page_map_drop, when a process ends: every user page's frame is released (a frame
     * still shared with another process stays, one count less), then each user page table and
     * the directory. The kernel's tables, which every space shares, stay. The space must not be
     * in CR3 any more.
     */
    public void release() {
        for (int index = 0; index < ENTRIES; index++) {
            long covers = Integer.toUnsignedLong(index << 22);
            if (covers < KernelLayout.IDENTITY_MAPPED || covers >= KERNEL_TOP) {
                continue;
            }
            int pde = ops.read32(directory + 4 * index);
            if ((pde & Paging.P) == 0 || (pde & Paging.US) == 0) {
                continue; // a supervisor-only table here is the kernel's, shared (shareWithProcesses)
            }
            int table = pde & Paging.FRAME;
            for (int i = 0; i < ENTRIES; i++) {
                int pte = ops.read32(table + 4 * i);
                if ((pte & Paging.P) != 0) {
                    frames.release(pte & Paging.FRAME);
                }
            }
            frames.release(table);
        }
        frames.release(directory);
    }

    /**
     * The page table that maps {@code linear} belongs to the kernel: every process made from this
     * space afterwards shares it ({@link #forProcess}), as it shares the identity map and the top GiB.
     */
    public void shareWithProcesses(int linear) {
        kernelSlots[linear >>> 22] = true;
    }

    /** The physical address of the page directory: the value for CR3. */
    public int directory() {
        return directory;
    }

    /**
     * Maps the page holding {@code linear} to the frame at {@code physical} with {@code flags}
     * (R/W, U/S, PWT, PCD; P is added). A page table that does not exist yet is taken from the
     * frame pool and zeroed first. A directory entry is as permissive as the most permissive
     * page under it (R/W and, once any user page is mapped there, U/S); the table entry decides.
     * Returns false when no frame is left for the table.
     */
    public boolean map(int linear, int physical, int flags) {
        int table = tableFor(linear, flags & Paging.US);
        if (table == FrameAllocator.NO_FRAME) {
            return false;
        }
        ops.write32(pteAddress(table, linear), (physical & Paging.FRAME) | flags | Paging.P);
        return true;
    }

    /**
     * Takes the page holding {@code linear} out of this space: its entry is cleared, its frame
     * released (a shared frame loses one count) and its TLB entry invalidated (INVLPG), since
     * the processor may still hold the old translation. Returns false when nothing was mapped.
     * The space must be the one in CR3.
     */
    public boolean unmap(int linear) {
        int pte = entry(linear);
        if ((pte & Paging.P) == 0) {
            return false;
        }
        ops.write32(pteAddress(ops.read32(pdeAddress(linear)) & Paging.FRAME, linear), 0);
        flushTlbEntry(linear);
        frames.release(pte & Paging.FRAME);
        return true;
    }

    /**
     * Drops the processor's cached translation of the page holding {@code linear} (INVLPG), after
     * its entry changed. The space must be the one in CR3.
     */
    public void flushTlbEntry(int linear) {
        hardware.flushTlbEntry(linear);
    }

    /** The page-table entry of {@code linear}, or 0 when its page table does not exist. */
    public int entry(int linear) {
        int pde = ops.read32(pdeAddress(linear));
        if ((pde & Paging.P) == 0) {
            return 0;
        }
        return ops.read32(pteAddress(pde & Paging.FRAME, linear));
    }

    /** The page table for {@code linear}, made if missing; its directory entry gets {@code user} (U/S or 0). */
    private int tableFor(int linear, int user) {
        int at = pdeAddress(linear);
        int pde = ops.read32(at);
        if ((pde & Paging.P) == 0) {
            int table = frames.allocate();
            if (table == FrameAllocator.NO_FRAME) {
                return FrameAllocator.NO_FRAME;
            }
            frames.zero(table);
            ops.write32(at, table | user | Paging.RW | Paging.P);
            return table;
        }
        if ((pde & Paging.US) != user && user != 0) {
            ops.write32(at, pde | user);
        }
        return pde & Paging.FRAME;
    }

    private int pdeAddress(int linear) {
        return directory + 4 * (linear >>> 22);
    }

    private static int pteAddress(int table, int linear) {
        return table + 4 * ((linear >>> 12) & (ENTRIES - 1));
    }
}
