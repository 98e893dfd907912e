package eduscc.kernel.lguest;

import eduscc.kernel.mm.FrameAllocator;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * The page tables the processor really uses while a guest runs (lguest page_tables.c, facts
 * C.5, the 2-level case): the guest keeps its own tables in guest-physical memory, the host
 * builds these shadows from them, one page at a time, when the guest's access faults. A shadow
 * entry names the host-physical frame of the guest's page and carries the guest's flags, minus
 * GLOBAL, and write-protected until the guest's entry is DIRTY, so that the first write faults
 * again and the host can set DIRTY in the guest's entry, as the processor would have.
 *
 * <p>As lguest does, the host keeps four shadow directories ({@link ShadowDirectory}), one per
 * guest directory the guest loaded last, so that switching between a few processes does not
 * build their shadows from nothing each time: each switch empties only the user part of the
 * shadow it picks ({@link KernelPart}).
 *
 * <p>The last directory slot always points at this core's Switcher page table (code read-only,
 * the regs page writable, the state page read-only), so the Switcher is mapped in every guest.
 * Frames for the shadows come from the host's frame pool.
 */
public final class ShadowPageTables {
    /** How many shadow directories lguest caches (facts C.5: {@code pgdirs[4]}). */
    static final int CACHED = 4;
    private static final int ENTRIES = ShadowDirectory.ENTRIES;
    private final Operations ops;
    private final FrameAllocator frames;
    private final GuestMemory memory;
    private final int switcherTable;
    private final ShadowDirectory[] cache = new ShadowDirectory[CACHED];
    private ShadowDirectory current;
    /** The cache slot the next new guest directory takes once all four are in use. */
    private int nextVictim;
    private KernelPart kernelPart = KernelPart.NONE;
    /** The entry the last successful demand_page filled, for the debugger; null before the first. */
    private HostBookkeeping.ShadowFill lastFill;

    private ShadowPageTables(Operations ops, FrameAllocator frames, GuestMemory memory, int switcherTable) {
        this.ops = ops;
        this.frames = frames;
        this.memory = memory;
        this.switcherTable = switcherTable;
    }

    /** One shadow directory with nothing but the Switcher mapped, for the guest directory at {@code guestDirectory}. */
    public static ShadowPageTables create(Operations ops, FrameAllocator frames, GuestMemory memory, SwitcherPages switcher,
                                          int guestDirectory) {
        return create(ops, frames, memory, new int[] {switcher.codeFrame(), switcher.regsFrame(), switcher.stateFrame()},
            guestDirectory);
    }

    /** The same, with the Switcher's code, regs and state frames given (in that order). */
    static ShadowPageTables create(Operations ops, FrameAllocator frames, GuestMemory memory, int[] switcherFrames,
                                   int guestDirectory) {
        int table = frames.allocate();
        if (table == FrameAllocator.NO_FRAME) {
            throw new GuestFault("the host's frame pool cannot hold the guest's shadow page tables");
        }
        frames.zero(table);
        ops.write32(table, switcherFrames[0] | Paging.P);
        ops.write32(table + 4, switcherFrames[1] | Paging.RW | Paging.P);
        ops.write32(table + 8, switcherFrames[2] | Paging.P);
        ShadowPageTables shadows = new ShadowPageTables(ops, frames, memory, table);
        shadows.current = ShadowDirectory.create(ops, frames, table, guestDirectory);
        shadows.cache[0] = shadows.current;
        return shadows;
    }

    /** The physical address of the shadow directory in use: what the Switcher loads into CR3. */
    public int directory() {
        return current.frame;
    }

    /** The guest-physical address of the guest's own page directory (its CR3). */
    public int guestDirectory() {
        return current.guestDirectory;
    }

    /** The guest directories the host holds shadows for, in cache order (0 for a free slot). */
    public int[] cachedGuestDirectories() {
        int[] directories = new int[CACHED];
        for (int i = 0; i < CACHED; i++) {
            directories[i] = cache[i] == null ? 0 : cache[i].guestDirectory;
        }
        return directories;
    }

    /** The entry the last page fault filled (lguest's demand_page), or null before the first. */
    public HostBookkeeping.ShadowFill lastFill() {
        return lastFill;
    }

    /** What the guest told the host at LHCALL_LGUEST_INIT about its kernel's part of every address space. */
    void setKernelPart(KernelPart part) {
        kernelPart = part;
    }

    /**
     * lguest's demand_page: the guest touched {@code linear} and faulted with {@code errorCode}.
     * If the guest's own tables allow the access, copy its entry into the shadow (setting
     * ACCESSED, and DIRTY on a write, in the guest's entry) and return true: the guest simply
     * runs the access again. Otherwise return false: the fault is the guest's to handle.
     */
    public boolean demandPage(int linear, int errorCode) {
        int slot = linear >>> 22;
        if (slot == SwitcherLayout.DIRECTORY_SLOT) {
            return false;
        }
        int guestPde = memory.read32(current.guestDirectory + 4 * slot);
        if ((guestPde & Paging.P) == 0) {
            return false;
        }
        if ((guestPde & Paging.PS_OR_MPBT) != 0) {
            throw new GuestFault(String.format("its page directory maps 0x%08X with a 4 MiB page, which lguest refuses", linear));
        }
        int shadowPde = current.entry(slot);
        boolean newTable = (shadowPde & Paging.P) == 0;
        if (newTable) {
            shadowPde = newShadowTable(slot, guestPde);
        }
        int pteAt = (guestPde & Paging.FRAME) + 4 * ((linear >>> 12) & (ENTRIES - 1));
        int guestPte = memory.read32(pteAt);
        if (!allows(guestPte, errorCode)) {
            return false;
        }
        guestPte |= Paging.A | ((errorCode & Paging.ERR_WRITE) != 0 ? Paging.D : 0);
        memory.write32(pteAt, guestPte);
        ops.write32((shadowPde & Paging.FRAME) + 4 * ((linear >>> 12) & (ENTRIES - 1)), shadowEntry(guestPte));
        lastFill = new HostBookkeeping.ShadowFill(linear, current.guestDirectory, newTable);
        return true;
    }

    /**
     * LHCALL_NEW_PGTABLE: the guest loaded CR3 with {@code guestDirectory}. The host takes the
     * shadow it keeps for that directory, or a free one, or evicts one; its user part is emptied,
     * its kernel part stays. lguest evicts a random one; the kit takes them in turn (ASSUMPTION:
     * deterministic without a seed). lguest keeps a found shadow's user part too, because Linux
     * reports every change to any process's page table (LHCALL_SET_PTE names the directory); the
     * kit's kernel changes tables that are not loaded without a word (fork's child, a freed
     * directory's frame given to the next process) and relies on its CR3 load to forget them, as
     * the processor's TLB does. So the kit empties the user part at every load (ASSUMPTION: the
     * safe reading of facts C.5; the cost shows in the guest's fork, vfork and jacobi x2 rows).
     */
    public void switchTo(int newGuestDirectory) {
        ShadowDirectory found = cached(newGuestDirectory);
        if (found == null) {
            found = slotFor(newGuestDirectory);
        }
        current = found;
        current.dropUserPart(kernelPart);
    }

    private ShadowDirectory cached(int guestDirectory) {
        for (ShadowDirectory shadow : cache) {
            if (shadow != null && shadow.guestDirectory == guestDirectory) {
                return shadow;
            }
        }
        return null;
    }

    private ShadowDirectory slotFor(int guestDirectory) {
        for (int i = 0; i < CACHED; i++) {
            if (cache[i] == null) {
                cache[i] = ShadowDirectory.create(ops, frames, switcherTable, guestDirectory);
                return cache[i];
            }
        }
        ShadowDirectory victim = cache[nextVictim];
        nextVictim = (nextVictim + 1) % CACHED;
        victim.guestDirectory = guestDirectory;
        return victim;
    }

    /**
     * LHCALL_FLUSH_TLB: with {@code all} (argument not 0) every table of every shadow goes back
     * to the frame pool; otherwise only the user part of the shadow in use. The Switcher's slot
     * stays.
     */
    public void flush(boolean all) {
        if (!all) {
            current.dropUserPart(kernelPart);
            return;
        }
        for (ShadowDirectory shadow : cache) {
            if (shadow != null) {
                shadow.dropAll();
            }
        }
    }

    /** LHCALL_SET_PGD: the guest changed directory entry {@code slot}; its shadow table goes. */
    public void setPgd(int guestDirectoryChanged, int slot) {
        ShadowDirectory shadow = cached(guestDirectoryChanged);
        if (shadow != null && slot >= 0 && slot < ENTRIES && slot != SwitcherLayout.DIRECTORY_SLOT) {
            shadow.dropTable(slot);
        }
    }

    /**
     * LHCALL_SET_PTE: the guest wrote {@code pte} for {@code linear}. For the kernel part, which
     * every guest directory shares, every shadow changes; otherwise only the shadow of the
     * directory named. An entry already ACCESSED or DIRTY is copied into the shadow at once; any
     * other is cleared there, to fault back in.
     */
    public void setPte(int guestDirectoryChanged, int linear, int pte) {
        int slot = linear >>> 22;
        if (slot == SwitcherLayout.DIRECTORY_SLOT) {
            return;
        }
        for (ShadowDirectory shadow : cache) {
            if (shadow != null && (kernelPart.contains(slot) || shadow.guestDirectory == guestDirectoryChanged)) {
                setShadowEntry(shadow, linear, pte);
            }
        }
    }

    private void setShadowEntry(ShadowDirectory shadow, int linear, int pte) {
        int shadowPde = shadow.entry(linear >>> 22);
        if ((shadowPde & Paging.P) != 0) {
            boolean used = (pte & Paging.P) != 0 && (pte & (Paging.A | Paging.D)) != 0;
            ops.write32((shadowPde & Paging.FRAME) + 4 * ((linear >>> 12) & (ENTRIES - 1)), used ? shadowEntry(pte) : 0);
        }
    }

    /** Present, writable if the access writes, user if it comes from ring 3. */
    private static boolean allows(int guestPte, int errorCode) {
        return (guestPte & Paging.P) != 0
            && ((errorCode & Paging.ERR_WRITE) == 0 || (guestPte & Paging.RW) != 0)
            && ((errorCode & Paging.ERR_USER) == 0 || (guestPte & Paging.US) != 0);
    }

    /** A zeroed shadow page table for directory slot {@code slot}, with the guest's directory entry's flags. */
    private int newShadowTable(int slot, int guestPde) {
        int table = frames.allocate();
        if (table == FrameAllocator.NO_FRAME) {
            throw new GuestFault("the host's frame pool has no frame left for a shadow page table");
        }
        frames.zero(table);
        int pde = table | (guestPde & (Paging.RW | Paging.US)) | Paging.P;
        current.setEntry(slot, pde);
        return pde;
    }

    /** The host frame of the guest's page, the guest's flags without GLOBAL, read-only until DIRTY. */
    private int shadowEntry(int guestPte) {
        int pfn = guestPte >>> 12;
        if (pfn >= memory.pfnLimit()) {
            throw new GuestFault(String.format("its page table maps guest frame 0x%X, beyond its memory (%d frames)", pfn,
                memory.pfnLimit()));
        }
        int flags = guestPte & (Paging.RW | Paging.US | Paging.PWT | Paging.PCD | Paging.A | Paging.D) | Paging.P;
        if ((guestPte & Paging.D) == 0) {
            flags &= ~Paging.RW;
        }
        return memory.hostAddress(pfn << 12) | flags;
    }
}
