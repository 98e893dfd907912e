package eduscc.machine.cpu;

/**
 * Two-level 32-bit paging as the P54C does it (SDM Vol. 3A §4.3 "32-bit Paging"): CR3 holds the
 * page directory, each PDE the page table, each PTE the page frame. The walk sets the accessed
 * and dirty bits in the real entries, so the debugger sees them change. A failed walk raises
 * #PF with the SDM error code and leaves the linear address in CR2 (§6.15 "Interrupt 14").
 * The SCC reuses PTE bit 7 as MPBT when CR4.MPE is set (facts A.3).
 *
 * <p>The code and data TLBs decide what a translation costs: a TLB hit costs nothing, a miss
 * costs the walk's reads of the PDE and PTE through the data cache. The model keeps the TLBs as
 * tags only and still reads the entries on a hit (uncharged), so a kernel that changes a PTE
 * without INVLPG sees the new entry, where the hardware would use the stale one.
 */
public final class Paging {
    public static final int P = 1;
    public static final int RW = 1 << 1;
    public static final int US = 1 << 2;
    public static final int PWT = 1 << 3;
    public static final int PCD = 1 << 4;
    public static final int A = 1 << 5;
    public static final int D = 1 << 6;
    /** PDE: 4 MiB page with CR4.PSE. PTE: message-passing-buffer type with CR4.MPE. */
    public static final int PS_OR_MPBT = 1 << 7;
    public static final int FRAME = 0xFFFFF000;

    /** #PF error code bits (facts D.2). */
    public static final int ERR_PRESENT = 1;
    public static final int ERR_WRITE = 2;
    public static final int ERR_USER = 4;

    /** Marks the absence of a page table entry in {@link Walk}: a 4 MiB page has none. */
    static final int NO_ENTRY = -1;

    private final Registers regs;
    private final LogicalMemory memory;
    private int pageBits;
    private final Walk lastWalk = new Walk();

    /** Table walks go through {@code memory}'s physical accesses: they cost mesh time and are ordered like any other access. */
    Paging(Registers regs, LogicalMemory memory) {
        this.regs = regs;
        this.memory = memory;
    }

    /**
     * Translates a linear address, checking the access the way the MMU does.
     *
     * @param user  the access is made at CPL 3 (implicit supervisor accesses pass false)
     * @return the physical address
     */
    public int translate(int linear, boolean write, boolean user) {
        return translate(linear, write, user, false);
    }

    /** As {@link #translate(int, boolean, boolean)}, through the code TLB when {@code fetch}. */
    public int translate(int linear, boolean write, boolean user, boolean fetch) {
        pageBits = 0;
        if (!regs.paging()) {
            return linear;
        }
        boolean cached = memory.caches().translationCached(linear >>> 12, fetch);
        return walk(linear, write, user, fetch, cached);
    }

    /**
     * The walk after the TLB lookup: charged when the TLB missed ({@code cached} false), else
     * the uncharged check the model makes behind a hit. Paging must be on.
     */
    int walk(int linear, boolean write, boolean user, boolean fetch, boolean cached) {
        int page = linear >>> 12;
        int pdeAddress = (regs.cr3 & FRAME) + ((linear >>> 22) << 2);
        int pde = readEntry(pdeAddress, cached);
        if ((pde & P) == 0) {
            throw pageFault(linear, 0, write, user, "page directory entry not present");
        }
        if ((pde & PS_OR_MPBT) != 0 && (regs.cr4 & ControlBits.CR4_PSE) != 0) {
            checkRights(linear, pde, pde, write, user);
            markUsed(pdeAddress, pde, write);
            remember(page, cached, fetch, pde & PCD);
            lastWalk.set(pdeAddress, pde | A | (write ? D : 0), NO_ENTRY, 0);
            return (pde & 0xFFC00000) | (linear & 0x003FFFFF);
        }
        int pteAddress = (pde & FRAME) + (((linear >>> 12) & 0x3FF) << 2);
        int pte = readEntry(pteAddress, cached);
        if ((pte & P) == 0) {
            throw pageFault(linear, 0, write, user, "page table entry not present");
        }
        checkRights(linear, pde, pte, write, user);
        markUsed(pdeAddress, pde, false);
        markUsed(pteAddress, pte, write);
        int mpbt = (regs.cr4 & ControlBits.CR4_MPE) != 0 ? pte & PS_OR_MPBT : 0;
        remember(page, cached, fetch, (pte & PCD) | mpbt);
        lastWalk.set(pdeAddress, pde | A, pteAddress, pte | A | (write ? D : 0));
        return (pte & FRAME) | (linear & 0xFFF);
    }

    /** The entries of the last successful walk (overwritten by the next one), for the translation shortcuts. */
    Walk lastWalk() {
        return lastWalk;
    }

    /** Sets {@link #pageBits} as a translation that needed no walk would. */
    void setPageBits(int bits) {
        pageBits = bits;
    }

    /**
     * The PCD and MPBT bits of the page the last {@link #translate} reached (0 without paging):
     * they decide whether the access is cached.
     */
    public int pageBits() {
        return pageBits;
    }

    private int readEntry(int address, boolean translationCached) {
        return translationCached ? memory.readPhysicalUncharged(address, 4) : memory.readPhysical(address, 4);
    }

    /** A walk that succeeded leaves its translation in the TLB (a failed one leaves nothing). */
    private void remember(int page, boolean cached, boolean fetch, int bits) {
        if (!cached) {
            memory.caches().rememberTranslation(page, fetch);
        }
        pageBits = bits;
    }

    /**
     * The rights of a page are the stricter of PDE and PTE. A supervisor write to a read-only
     * page only faults when CR0.WP is set (the P54C honours WP).
     */
    private void checkRights(int linear, int pde, int pte, boolean write, boolean user) {
        boolean userPage = (pde & US) != 0 && (pte & US) != 0;
        boolean writable = (pde & RW) != 0 && (pte & RW) != 0;
        if (user && !userPage) {
            throw pageFault(linear, ERR_PRESENT, write, true, "user access to a supervisor page");
        }
        boolean wpApplies = user || (regs.cr0 & ControlBits.CR0_WP) != 0;
        if (write && !writable && wpApplies) {
            throw pageFault(linear, ERR_PRESENT, true, user, "write to a read-only page");
        }
    }

    private void markUsed(int entryAddress, int entry, boolean write) {
        int updated = entry | A | (write ? D : 0);
        if (updated != entry) {
            memory.writePhysical(entryAddress, 4, updated);
        }
    }

    private CpuFault pageFault(int linear, int presentBit, boolean write, boolean user, String why) {
        regs.cr2 = linear;
        int code = presentBit | (write ? ERR_WRITE : 0) | (user ? ERR_USER : 0);
        return new CpuFault(Vector.PF, code, String.format("%s at 0x%08X", why, linear));
    }

    /** True when the page holding this linear address is marked MPBT (with CR4.MPE); a query, it costs nothing. */
    public boolean isMessageBufferType(int linear) {
        if (!regs.paging() || (regs.cr4 & ControlBits.CR4_MPE) == 0) {
            return false;
        }
        int pde = memory.readPhysicalUncharged((regs.cr3 & FRAME) + ((linear >>> 22) << 2), 4);
        if ((pde & P) == 0) {
            return false;
        }
        int pte = memory.readPhysicalUncharged((pde & FRAME) + (((linear >>> 12) & 0x3FF) << 2), 4);
        return (pte & P) != 0 && (pte & PS_OR_MPBT) != 0;
    }

    /**
     * The entries the last successful walk used, as they are in memory after it (accessed bit,
     * and dirty bit on a write, set): while they still read so, the same walk would give the
     * same frame and the same rights and would write nothing.
     */
    static final class Walk {
        int pdeAddress;
        int pde;
        /** {@link #NO_ENTRY} for a 4 MiB page. */
        int pteAddress;
        int pte;

        private void set(int pdeAddress, int pde, int pteAddress, int pte) {
            this.pdeAddress = pdeAddress;
            this.pde = pde;
            this.pteAddress = pteAddress;
            this.pte = pte;
        }
    }
}
