package eduscc.machine.cpu;

import eduscc.machine.memory.DirectFrame;

/**
 * The simulator's shortcut for instruction fetch: the page the last fetch came from, remembered
 * with its translation (linear page, page-table entries, physical frame, cache policy) and the
 * live bytes of the frame in the core's private DRAM. The P54C has nothing like it (its decoder
 * reads the prefetch queue, filled from the L1 instruction cache); it is a speed-up invisible to
 * the model: every fetch still makes the code-TLB lookup and the L1I access the ordinary path
 * ({@link LogicalMemory#fetchLinear}, SDM Vol. 3A §4.3 "32-bit Paging") makes, in the same order,
 * and is charged the same. Only the work of finding the bytes again is skipped.
 *
 * <p>Nothing needs to tell this cache that something changed; it compares instead. A fetch uses
 * the remembered page only while
 * <ul>
 *   <li>the linear page, the privilege of the fetch (CPL 3 or not), CR0, CR3 and CR4 are the ones
 *       it was remembered under, so a CR3 switch, paging switched on or off and a change of ring
 *       walk again;
 *   <li>the page directory and page table entries still read as the walk left them (a kernel
 *       that rewrites a PTE without INVLPG gets the new frame, as the model always gave it);
 *   <li>the LUT still sends the frame's physical address to the same DRAM ({@link DirectFrame#current}).
 * </ul>
 * The last two are looked at again only when something could have changed them since the last
 * look ({@link LogicalMemory#changes}): in practice once per instruction.
 * The bytes are the memory itself, so a store over the next instruction, a loader and another
 * core's write are all fetched as written. Pages that are not the core's own private DRAM, and
 * page tables outside it, never get here: their accesses wait for the mesh and are traced.
 */
final class CodePageCache {
    private final Registers regs;
    private final LogicalMemory memory;

    /** False until a fetch could remember a page. */
    private boolean holding;
    private int linearPage;
    private boolean user;
    private int cr0;
    private int cr3;
    private int cr4;
    private int physicalPage;
    private int pageBits;
    private LogicalMemory.Policy policy;
    private DirectFrame code;
    /** {@link LogicalMemory#changes} when the frame and entries were last found as remembered. */
    private int checkedAt;
    /** With paging: the frames holding the PDE and the PTE (null for a 4 MiB page), and their values. */
    private DirectFrame directory;
    private int pdeOffset;
    private int pde;
    private DirectFrame table;
    private int pteOffset;
    private int pte;

    CodePageCache(Registers regs, LogicalMemory memory) {
        this.regs = regs;
        this.memory = memory;
    }

    /** Fetches {@code size} bytes at {@code linear}, which do not cross a page; as {@link LogicalMemory#fetchLinear}. */
    int fetch(int linear, int size, boolean user) {
        boolean unchanged = memory.changes() == checkedAt;
        if (!holds(linear >>> 12, user) || !unchanged && !code.current()) {
            return fetchAndRemember(linear, size, user);
        }
        Paging paging = memory.paging();
        if (regs.paging()) {
            boolean cached = memory.caches().translationCached(linear >>> 12, true);
            if (!cached || !unchanged && !entriesAsWalked()) {
                paging.setPageBits(0);
                int physical = paging.walk(linear, false, user, true, cached);
                int value = memory.cachedRead(physical, size, true, paging.pageBits());
                remember(linear, user, physical);
                return value;
            }
        }
        checkedAt = memory.changes();
        paging.setPageBits(pageBits);
        int offset = linear & 0xFFF;
        memory.chargeRead(physicalPage | offset, size, true, policy);
        return code.read(offset, size);
    }

    /** The ordinary path, after which the page is remembered if it can be. */
    private int fetchAndRemember(int linear, int size, boolean user) {
        Paging paging = memory.paging();
        int physical = paging.translate(linear, false, user, true);
        int value = memory.cachedRead(physical, size, true, paging.pageBits());
        remember(linear, user, physical);
        return value;
    }

    private boolean holds(int page, boolean user) {
        return holding && page == linearPage && user == this.user
            && regs.cr0 == cr0 && regs.cr3 == cr3 && regs.cr4 == cr4;
    }

    /** Whether the page-table entries still read as the remembered walk left them. */
    private boolean entriesAsWalked() {
        if (!directory.current() || directory.read(pdeOffset, 4) != pde) {
            return false;
        }
        return table == null || table.current() && table.read(pteOffset, 4) == pte;
    }

    /**
     * Remembers the page of a fetch that just went the ordinary way to {@code physical}, when its
     * frame and (with paging) its page-table entries lie in the core's own private DRAM.
     */
    private void remember(int linear, boolean user, int physical) {
        holding = false;
        PhysicalMemory bytes = memory.physical();
        code = bytes.directFrame(physical);
        if (code == null) {
            return;
        }
        if (regs.paging()) {
            Paging.Walk walk = memory.paging().lastWalk();
            directory = bytes.directFrame(walk.pdeAddress);
            table = walk.pteAddress == Paging.NO_ENTRY ? null : bytes.directFrame(walk.pteAddress);
            if (directory == null || (table == null && walk.pteAddress != Paging.NO_ENTRY)) {
                return;
            }
            pdeOffset = walk.pdeAddress & 0xFFF;
            pde = walk.pde;
            pteOffset = walk.pteAddress & 0xFFF;
            pte = walk.pte;
        }
        pageBits = memory.paging().pageBits();
        physicalPage = physical & ~0xFFF;
        policy = memory.policy(physical, pageBits);
        linearPage = linear >>> 12;
        this.user = user;
        cr0 = regs.cr0;
        cr3 = regs.cr3;
        cr4 = regs.cr4;
        checkedAt = memory.changes();
        holding = true;
    }
}
