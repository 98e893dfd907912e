package eduscc.machine.cpu;

import eduscc.machine.cache.MemoryHierarchy;
import eduscc.machine.memory.DirectFrame;

/**
 * The simulator's shortcut for one kind of access (instruction fetch, data read or data write):
 * the page the last such access went to, remembered with its translation (linear page,
 * page-table entries, physical frame, cache policy) and the live bytes of the frame in the
 * core's private DRAM. The P54C has nothing like it: its TLBs hold translations to physical
 * addresses, and the SCC then sends every access through the LUT. It is a speed-up invisible
 * to the model: every access still makes the TLB lookup and the cache access the ordinary path
 * ({@link LogicalMemory}, SDM Vol. 3A §4.3 "32-bit Paging") makes, in the same order, and is
 * charged the same. Only the work of finding the bytes again is skipped.
 *
 * <p>Nothing needs to tell the shortcut that something changed; it compares instead. It is used
 * only while
 * <ul>
 *   <li>the linear page, the privilege of the access (CPL 3 or not), CR0, CR3 and CR4 are the
 *       ones it was remembered under, so a CR3 switch, paging switched on or off and a change of
 *       ring walk again;
 *   <li>the page directory and page table entries still read as the walk left them (a kernel
 *       that rewrites a PTE without INVLPG gets the new frame, as the model always gave it);
 *   <li>the LUT still sends the frame's physical address to the same DRAM ({@link DirectFrame#current}).
 * </ul>
 * The last two are looked at again only when something could have changed them since the last
 * look ({@link LogicalMemory#changes}): a write, a wait for the mesh, a new instruction.
 *
 * <p>The bytes are the memory itself, so a store over the next instruction, a loader and another
 * core's write are all read as written. Pages that are not the core's own private DRAM, and page
 * tables outside it, never get here: their accesses wait for the mesh and are traced.
 */
final class TranslationShortcut {
    private final Registers regs;
    private final LogicalMemory memory;
    private final Paging paging;
    private final MemoryHierarchy caches;
    /** Instruction fetch: through the code TLB (else the data TLB). */
    private final boolean fetch;
    private final boolean write;

    /** False until an access could remember a page. */
    private boolean holding;
    /** Whether the last {@link #translate} found the remembered page: the caller may use {@link #frame}. */
    private boolean direct;
    private int linearPage;
    private boolean user;
    private int cr0;
    private int cr3;
    private int cr4;
    private int physicalPage;
    private int pageBits;
    private LogicalMemory.Policy policy;
    private DirectFrame frame;
    /** {@link LogicalMemory#changes} when the frame and entries were last found as remembered. */
    private long checkedAt;
    /** With paging: the frames holding the PDE and the PTE (null for a 4 MiB page), and their values. */
    private DirectFrame directory;
    private int pdeOffset;
    private int pde;
    private DirectFrame table;
    private int pteOffset;
    private int pte;

    TranslationShortcut(Registers regs, LogicalMemory memory, boolean fetch, boolean write) {
        this.regs = regs;
        this.memory = memory;
        this.paging = memory.paging();
        this.caches = memory.caches();
        this.fetch = fetch;
        this.write = write;
    }

    /**
     * Translates {@code linear} (an access that does not cross a page) exactly as
     * {@link Paging#translate} would, with the same TLB lookup, walk, faults and page bits.
     * Afterwards {@link #direct()} says whether the remembered frame holds the bytes; if not,
     * the caller makes the access the ordinary way and then calls {@link #remember}.
     */
    int translate(int linear, boolean user) {
        direct = false;
        boolean unchanged = memory.changes() == checkedAt;
        if (!holds(linear >>> 12, user) || !unchanged && !frame.current()) {
            return paging.translate(linear, write, user, fetch);
        }
        if (regs.paging()) {
            boolean cached = caches.translationCached(linear >>> 12, fetch);
            if (!cached || !unchanged && !entriesAsWalked()) {
                paging.setPageBits(0);
                return paging.walk(linear, write, user, fetch, cached);
            }
        }
        paging.setPageBits(pageBits);
        checkedAt = memory.changes();
        direct = true;
        return physicalPage | (linear & 0xFFF);
    }

    /** Whether this shortcut holds linear page {@code page} (under whatever CR0, CR3 and ring). */
    boolean remembers(int page) {
        return holding && page == linearPage;
    }

    boolean direct() {
        return direct;
    }

    /** The cache policy of the remembered page (valid after a {@link #direct()} translation). */
    LogicalMemory.Policy policy() {
        return policy;
    }

    /** Reads from the remembered frame (after a {@link #direct()} translation to {@code physical}). */
    int read(int physical, int size) {
        return frame.read(physical & 0xFFF, size);
    }

    /** Writes to the remembered frame (after a {@link #direct()} translation to {@code physical}). */
    void write(int physical, int size, int value) {
        frame.write(physical & 0xFFF, size, value);
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
     * Remembers the page of an access that just went the ordinary way to {@code physical}, when
     * its frame and (with paging) its page-table entries lie in the core's own private DRAM.
     */
    void remember(int linear, boolean user, int physical) {
        holding = false;
        PhysicalMemory bytes = memory.physical();
        frame = bytes.directFrame(physical);
        if (frame == null) {
            return;
        }
        if (regs.paging()) {
            Paging.Walk walk = paging.lastWalk();
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
        pageBits = paging.pageBits();
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
