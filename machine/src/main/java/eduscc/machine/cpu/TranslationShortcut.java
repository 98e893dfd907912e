package eduscc.machine.cpu;

import eduscc.machine.cache.MemoryHierarchy;
import eduscc.machine.memory.DirectFrame;
import eduscc.machine.memory.FrameChanges;

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
 * The last two are looked at again only when the memory's {@link FrameChanges} count has moved
 * since the last look. The frames holding the two entries are marked as paging structures when
 * the shortcut is made ({@link DirectFrame#holdsPagingStructure}), so every write to them moves
 * the count, whoever makes it: this core's stores, shortcut or not, a walk setting an accessed or
 * dirty bit, kernel Java code through {@link Operations}, a loader, another core through the
 * chip; so does every LUT write and a cleared DRAM. INVLPG needs nothing: the model takes the
 * entries from memory, and the TLB lookup every access still makes sees the dropped entry.
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
    /** The count of changes of the frame's memory (shared by the directory and table frames). */
    private FrameChanges changes;
    /** {@link #changes} when the frame and entries were last found as remembered. */
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
        int page = linear >>> 12;
        if (!holds(page, user) || changes.count() != checkedAt && !stillAsRemembered()) {
            return paging.translate(linear, write, user, fetch);
        }
        if (regs.paging() && !caches.translationCached(page, fetch)) {
            paging.setPageBits(0);
            return paging.walk(linear, write, user, fetch, false);
        }
        paging.setPageBits(pageBits);
        direct = true;
        return physicalPage | (linear & 0xFFF);
    }

    /**
     * {@link #translate} again for the page this shortcut found direct for the access before, in
     * the common case where nothing it checks has changed since and the TLB's last hit was this
     * page: the same TLB hit counted, the same page bits, {@link #direct()} true; the caller forms
     * the address from {@link #physicalPage()}. Returns false, having done nothing, in any other
     * case; the caller then calls {@link #translate}, which decides it the full way.
     */
    boolean translateAgain(boolean user) {
        if (!holding || user != this.user || regs.cr0 != cr0 || regs.cr3 != cr3 || regs.cr4 != cr4
            || changes.count() != checkedAt) {
            return false;
        }
        if (regs.paging() && !caches.translationHitsAgain(linearPage, fetch)) {
            return false;
        }
        paging.setPageBits(pageBits);
        direct = true;
        return true;
    }

    /** The physical page the remembered linear page translates to. */
    int physicalPage() {
        return physicalPage;
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

    /**
     * After a change somewhere in the memory: whether the frame is still behind its address and
     * the page-table entries still read as the remembered walk left them. If so the shortcut is
     * good until the next change; if not it is forgotten.
     */
    private boolean stillAsRemembered() {
        holding = frame.current() && (directory == null || entriesAsWalked());
        checkedAt = changes.count();
        return holding;
    }

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
        changes = frame.changes();
        directory = null;
        table = null;
        if (regs.paging() && !rememberEntries(bytes)) {
            return;
        }
        pageBits = paging.pageBits();
        physicalPage = physical & ~0xFFF;
        policy = memory.policy(physical, pageBits);
        if (policy == LogicalMemory.Policy.L1_AS_MESSAGE_BUFFER) {
            // MPBT bytes may sit in the L1 copy or the write-combine buffer, not in the frame
            frame = null;
            return;
        }
        linearPage = linear >>> 12;
        this.user = user;
        cr0 = regs.cr0;
        cr3 = regs.cr3;
        cr4 = regs.cr4;
        checkedAt = changes.count();
        holding = true;
    }

    /**
     * Remembers the entries of the walk that just translated the access and marks their frames,
     * so that every later write to them moves {@link #changes}. False when they lie outside the
     * core's own private DRAM, or when they no longer read as the walk left them: the access
     * itself may have written its own PDE or PTE.
     */
    private boolean rememberEntries(PhysicalMemory bytes) {
        Paging.Walk walk = paging.lastWalk();
        DirectFrame pdeFrame = bytes.directFrame(walk.pdeAddress);
        DirectFrame pteFrame = walk.pteAddress == Paging.NO_ENTRY ? null : bytes.directFrame(walk.pteAddress);
        if (pdeFrame == null || pdeFrame.changes() != changes
            || walk.pteAddress != Paging.NO_ENTRY && (pteFrame == null || pteFrame.changes() != changes)) {
            return false;
        }
        pdeFrame.holdsPagingStructure();
        if (pteFrame != null) {
            pteFrame.holdsPagingStructure();
        }
        directory = pdeFrame;
        pdeOffset = walk.pdeAddress & 0xFFF;
        pde = walk.pde;
        table = pteFrame;
        pteOffset = walk.pteAddress & 0xFFF;
        pte = walk.pte;
        return entriesAsWalked();
    }
}
