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
 * <p>The last directory slot always points at this core's Switcher page table (code read-only,
 * the regs page writable, the state page read-only), so the Switcher is mapped in every guest.
 * Frames for the shadows come from the host's frame pool.
 */
public final class ShadowPageTables {
    private static final int ENTRIES = 1024;
    private final Operations ops;
    private final FrameAllocator frames;
    private final GuestMemory memory;
    private final int switcherTable;
    private final int directory;
    /** The guest-physical address of the guest's own page directory (its CR3). */
    private int guestDirectory;

    private ShadowPageTables(Operations ops, FrameAllocator frames, GuestMemory memory, int switcherTable, int directory) {
        this.ops = ops;
        this.frames = frames;
        this.memory = memory;
        this.switcherTable = switcherTable;
        this.directory = directory;
    }

    /** A shadow directory with nothing but the Switcher mapped, for the guest directory at {@code guestDirectory}. */
    public static ShadowPageTables create(Operations ops, FrameAllocator frames, GuestMemory memory, SwitcherPages switcher,
                                          int guestDirectory) {
        int table = frames.allocate();
        int directory = frames.allocate();
        if (table == FrameAllocator.NO_FRAME || directory == FrameAllocator.NO_FRAME) {
            throw new GuestFault("the host's frame pool cannot hold the guest's shadow page tables");
        }
        frames.zero(table);
        frames.zero(directory);
        ops.write32(table, switcher.codeFrame() | Paging.P);
        ops.write32(table + 4, switcher.regsFrame() | Paging.RW | Paging.P);
        ops.write32(table + 8, switcher.stateFrame() | Paging.P);
        ShadowPageTables shadow = new ShadowPageTables(ops, frames, memory, table, directory);
        shadow.guestDirectory = guestDirectory;
        shadow.installSwitcher();
        return shadow;
    }

    /** The physical address of the shadow directory: what the Switcher loads into CR3. */
    public int directory() {
        return directory;
    }

    public int guestDirectory() {
        return guestDirectory;
    }

    private void installSwitcher() {
        ops.write32(directory + 4 * SwitcherLayout.DIRECTORY_SLOT, switcherTable | Paging.RW | Paging.P);
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
        int guestPde = memory.read32(guestDirectory + 4 * slot);
        if ((guestPde & Paging.P) == 0) {
            return false;
        }
        int shadowPde = ops.read32(directory + 4 * slot);
        if ((guestPde & Paging.PS_OR_MPBT) != 0) {
            throw new GuestFault(String.format("its page directory maps 0x%08X with a 4 MiB page, which lguest refuses", linear));
        }
        if ((shadowPde & Paging.P) == 0) {
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
        return true;
    }

    /**
     * LHCALL_NEW_PGTABLE: the guest loaded CR3 with {@code guestDirectory}. lguest keeps four
     * shadow directories, picks the matching one and flushes its user part; the kit keeps one
     * and empties it at every load, as a CR3 load empties the TLB (ASSUMPTION: simpler, and
     * every page the guest touches again faults back in).
     */
    public void switchTo(int newGuestDirectory) {
        guestDirectory = newGuestDirectory;
        flush();
    }

    /** LHCALL_FLUSH_TLB: every shadow table goes (back to the frame pool); the Switcher's slot stays. */
    public void flush() {
        for (int slot = 0; slot < ENTRIES; slot++) {
            if (slot != SwitcherLayout.DIRECTORY_SLOT) {
                dropTable(slot);
            }
        }
    }

    /** LHCALL_SET_PGD: the guest changed directory entry {@code slot}; its shadow table goes. */
    public void setPgd(int guestDirectoryChanged, int slot) {
        if (guestDirectoryChanged == guestDirectory && slot >= 0 && slot < ENTRIES && slot != SwitcherLayout.DIRECTORY_SLOT) {
            dropTable(slot);
        }
    }

    /**
     * LHCALL_SET_PTE: the guest wrote {@code pte} for {@code linear}. An entry already ACCESSED
     * or DIRTY is copied into the shadow at once; any other is cleared there, to fault back in.
     */
    public void setPte(int guestDirectoryChanged, int linear, int pte) {
        if (guestDirectoryChanged != guestDirectory || linear >>> 22 == SwitcherLayout.DIRECTORY_SLOT) {
            return;
        }
        int shadowPde = ops.read32(directory + 4 * (linear >>> 22));
        if ((shadowPde & Paging.P) == 0) {
            return;
        }
        int at = (shadowPde & Paging.FRAME) + 4 * ((linear >>> 12) & (ENTRIES - 1));
        boolean used = (pte & Paging.P) != 0 && (pte & (Paging.A | Paging.D)) != 0;
        ops.write32(at, used ? shadowEntry(pte) : 0);
    }

    private void dropTable(int slot) {
        int pde = ops.read32(directory + 4 * slot);
        if ((pde & Paging.P) != 0) {
            ops.write32(directory + 4 * slot, 0);
            frames.release(pde & Paging.FRAME);
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
        ops.write32(directory + 4 * slot, pde);
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
