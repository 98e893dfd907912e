package eduscc.exercises.pagefaults;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.mm.CopyOnWrite;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import java.util.List;

/**
 * The checks of the two resolvers one rule at a time, each on a freshly booted core
 * ({@link CheckKernel}), so that one mistake costs the points of the rule it breaks. A check sets
 * up the page tables the way the kernel would have left them (a fork, for copy-on-write), calls
 * the resolver under test as the page-fault handler would, and records the page-table entries,
 * frame counts and bytes it finds; the grader compares them with what the kit's resolver left.
 *
 * <p>Frames in the order a check sees them: the process's directory {@code 0x00C08000}, then
 * {@code 0x00C09000}, {@code 0x00C0A000}, ... in the order they are allocated.
 */
final class ResolverChecks {
    /** The user heap (sbrk), where pages are demand-zero. */
    static final int HEAP = KernelLayout.USER_HEAP;
    /** A program's data page, as fork leaves it: the page the fork lab's counter is on. */
    static final int DATA = 0x0804_9000;
    /** The accessed and dirty bits: the MMU's, not the resolver's, so never compared. */
    private static final int ACCESSED_DIRTY = Paging.A | Paging.D;

    private ResolverChecks() {
    }

    static List<ObservedCheck> all(PageFaultResolverFactory resolvers) {
        return List.of(
            new ObservedCheck("demand zero: the first touch of a heap page gets a zeroed frame of its own", 15,
                o -> CheckKernel.run(resolvers, s -> zeroedFrame(o, s))),
            new ObservedCheck("demand zero: the page directory and table entries match the hand-computed values", 10,
                o -> CheckKernel.run(resolvers, s -> demandZeroEntries(o, s))),
            new ObservedCheck("copy-on-write, frame count 2: exactly one new frame, both counts right", 10,
                o -> CheckKernel.run(resolvers, s -> copyCounts(o, s))),
            new ObservedCheck("copy-on-write: the copy equals the shared page byte for byte", 10,
                o -> CheckKernel.run(resolvers, s -> copyBytes(o, s))),
            new ObservedCheck("copy-on-write: the page table entry after the copy (new frame, writable, no mark)", 10,
                o -> CheckKernel.run(resolvers, s -> copyEntry(o, s))),
            new ObservedCheck("copy-on-write, frame count 1: the frame is taken over, nothing allocated", 10,
                o -> CheckKernel.run(resolvers, s -> takeOver(o, s))),
            new ObservedCheck("copy-on-write: the TLB entry of the page is invalidated", 5,
                o -> CheckKernel.run(resolvers, s -> tlb(o, s))),
            new ObservedCheck("only copy-on-write pages are resolved: a write to a read-only page is not", 5,
                o -> CheckKernel.run(resolvers, s -> onlyMarkedPages(o, s))),
            new ObservedCheck("out of frames: nothing is resolved and no frame is lost", 5,
                o -> CheckKernel.run(resolvers, s -> outOfFrames(o, s))));
    }

    /** A recycled frame full of 0xDEADBEEF comes back zeroed, mapped at the page, counted once. */
    private static void zeroedFrame(Observer o, CheckKernel.Setup s) {
        int recycled = s.frames().allocate();
        fill(s.ops(), recycled, offset -> 0xDEADBEEF);
        s.frames().release(recycled);
        int before = s.framesInUse();
        int frame = s.resolver().demandZero(s.space(), HEAP + 0x123);
        o.see("demandZero(space, 0x10000123) answered (the lowest free frame held 0xDEADBEEF everywhere)", hex(frame));
        o.see("frames taken from the allocator (the page's and a new page table's)", s.framesInUse() - before);
        int mapped = s.space().entry(HEAP) & Paging.FRAME;
        o.see("the frame that the page table entry of 0x10000000 names", hex(mapped));
        o.see("the reference count of the page's frame", count(s, mapped));
        o.see("doublewords of the page's frame that are not zero", nonZeroWords(s.ops(), mapped));
        boolean present = (s.space().entry(HEAP) & Paging.P) != 0;
        o.see("reading 0x10000120 through the page tables", present ? hex(s.ops().read32(HEAP + 0x120)) : "not mapped");
    }

    /**
     * Three faults: the first in a 4 MiB region without a page table (one is made), the second on
     * the next page of the same table, the third in the next region. Hand-computed: PDE 0x040 =
     * 0x00C0A007 and PTE 0 = 0x00C09007 (frame 9 for the page, 10 for its table; P, R/W, U/S in
     * both), PTE 1 = 0x00C0B007, PDE 0x041 = 0x00C0D007 with PTE 0 = 0x00C0C007.
     */
    private static void demandZeroEntries(Observer o, CheckKernel.Setup s) {
        for (int address : new int[] {HEAP + 0x123, HEAP + 0x1FFC, HEAP + 0x40_0000}) {
            s.resolver().demandZero(s.space(), address);
            String after = "after demandZero(space, " + hex(address) + "): ";
            o.see(after + "the page directory entry " + hex3(address >>> 22), entry(pde(s, address)));
            o.see(after + "the page table entry of " + hex(address & Paging.FRAME) + " (A and D left out)",
                entry(s.space().entry(address) & ~ACCESSED_DIRTY));
        }
    }

    /** A data page as fork leaves it: read-only, marked, its frame counted {@code count} times; returns the frame. */
    private static int sharedPage(CheckKernel.Setup s, int page, int flags, int count) {
        int frame = s.frames().allocate();
        fill(s.ops(), frame, ResolverChecks::pattern);
        s.space().map(page, frame, flags);
        for (int i = 1; i < count; i++) {
            s.frames().share(frame);
        }
        return frame;
    }

    private static void copyCounts(Observer o, CheckKernel.Setup s) {
        int shared = sharedPage(s, DATA, Paging.US | CopyOnWrite.COW, 2);
        int before = s.framesInUse();
        PageFaultResolver.Resolution r = s.resolver().copyOnWrite(s.space(), DATA + 0xABC);
        o.see("copyOnWrite(space, 0x08049ABC) of a marked page whose frame 0x00C09000 has count 2 answered", show(r));
        o.see("frames taken from the allocator", s.framesInUse() - before);
        int now = s.space().entry(DATA) & Paging.FRAME;
        o.see("the reference count of the shared frame 0x00C09000 (the other process still maps it)", count(s, shared));
        o.see("the frame the page maps now", hex(now));
        o.see("its reference count", count(s, now));
        o.see("the frame the answer names is the one the page maps", r != null && r.frame() == now);
    }

    private static void copyBytes(Observer o, CheckKernel.Setup s) {
        int shared = sharedPage(s, DATA, Paging.US | CopyOnWrite.COW, 2);
        s.resolver().copyOnWrite(s.space(), DATA + 0xABC);
        int now = s.space().entry(DATA) & Paging.FRAME;
        o.see("the page maps a frame other than the shared one (a copy was made)", now != shared);
        o.see("the first doubleword of the page's frame that differs from the shared page", firstDifference(s.ops(), now));
        o.see("the first doubleword of the shared frame that changed (the other process's data)",
            firstDifference(s.ops(), shared));
    }

    /** Hand-computed: frame 0x00C0B000 (9 is shared, 10 the table) with P, R/W and U/S, bit 9 clear: 0x00C0B007. */
    private static void copyEntry(Observer o, CheckKernel.Setup s) {
        sharedPage(s, DATA, Paging.US | CopyOnWrite.COW, 2);
        o.see("the page table entry of 0x08049000 before the fault", entry(s.space().entry(DATA)));
        s.resolver().copyOnWrite(s.space(), DATA + 0xABC);
        o.see("the page table entry of 0x08049000 after copyOnWrite (A and D left out)",
            entry(s.space().entry(DATA) & ~ACCESSED_DIRTY));
        o.see("its page directory entry", entry(pde(s, DATA)));
    }

    /** The other process wrote first (or exited): nobody else maps the frame, so it is made writable in place. */
    private static void takeOver(Observer o, CheckKernel.Setup s) {
        int shared = sharedPage(s, DATA, Paging.US | CopyOnWrite.COW, 1);
        int before = s.framesInUse();
        PageFaultResolver.Resolution r = s.resolver().copyOnWrite(s.space(), DATA + 0xABC);
        o.see("copyOnWrite(space, 0x08049ABC) of a marked page whose frame 0x00C09000 has count 1 answered", show(r));
        o.see("frames taken from the allocator", s.framesInUse() - before);
        o.see("the page table entry of 0x08049000 after it (A and D left out)", entry(s.space().entry(DATA) & ~ACCESSED_DIRTY));
        o.see("the reference count of the frame", count(s, shared));
        o.see("the first doubleword of the frame that changed", firstDifference(s.ops(), shared));
    }

    /**
     * The model's TLB holds tags only and reads the entry behind a hit, so a stale translation
     * would not show in the data; what shows is the tag, as a real P54C would keep it and use it:
     * the faulting write would run again on the old, read-only translation and fault again.
     */
    private static void tlb(Observer o, CheckKernel.Setup s) {
        sharedPage(s, DATA, Paging.US | CopyOnWrite.COW, 2);
        sharedPage(s, DATA + 0x1000, Paging.US | CopyOnWrite.COW, 1);
        for (int page : new int[] {DATA, DATA + 0x1000}) {
            s.ops().read32(page + 0x10);
            String which = page == DATA ? "copied" : "taken over";
            o.see("the data TLB holds " + hex(page) + " after a read of it (to be " + which + ")", s.dataTlbHolds(page));
            s.resolver().copyOnWrite(s.space(), page + 0x10);
            o.see("the data TLB still holds the old translation of " + hex(page) + " after it was " + which
                + " (INVLPG drops it)", s.dataTlbHolds(page));
        }
    }

    /** Program text is read-only and unmarked, even when fork shares it: a write there is a bug, and the process dies. */
    private static void onlyMarkedPages(Observer o, CheckKernel.Setup s) {
        int marked = sharedPage(s, DATA, Paging.US | CopyOnWrite.COW, 2);
        int text = sharedPage(s, DATA - 0x1000, Paging.US, 2);
        int alone = sharedPage(s, DATA + 0x1000, Paging.US, 1);
        o.see("copyOnWrite of the marked page 0x08049000 answered", show(s.resolver().copyOnWrite(s.space(), DATA)));
        o.see("count of its shared frame", count(s, marked));
        for (int page : new int[] {DATA - 0x1000, DATA + 0x1000}) {
            int entry = s.space().entry(page);
            int frame = page < DATA ? text : alone;
            String counted = count(s, frame);
            int before = s.framesInUse();
            String what = hex(page) + ", read-only without the mark, count " + counted;
            o.see("copyOnWrite of " + what + " answered", show(s.resolver().copyOnWrite(s.space(), page)));
            o.see("its page table entry is unchanged", s.space().entry(page) == entry);
            o.see("frames taken", s.framesInUse() - before);
            o.see("the count of its frame", count(s, frame));
        }
    }

    /** With the pool exhausted nothing is resolved, and what was taken on the way goes back. */
    private static void outOfFrames(Observer o, CheckKernel.Setup s) {
        int shared = sharedPage(s, DATA, Paging.US | CopyOnWrite.COW, 2);
        int total = KernelLayout.FRAME_POOL_FRAMES;
        int hog = FrameAllocator.NO_FRAME;
        while (s.framesInUse() < total - 2) {
            hog = s.frames().allocate();
        }
        o.see("demandZero(space, 0x10000000) with two frames left (the page and its new table) answered",
            hex(s.resolver().demandZero(s.space(), HEAP)));
        o.see("frames left", total - s.framesInUse());
        int entry = s.space().entry(DATA);
        o.see("copyOnWrite of the marked page 0x08049000, count 2, with no frame left for the copy answered",
            show(s.resolver().copyOnWrite(s.space(), DATA)));
        o.see("its page table entry is unchanged", s.space().entry(DATA) == entry);
        o.see("the count of its shared frame", count(s, shared));
        s.frames().release(hog);
        o.see("demandZero(space, 0x10400000), a page that needs a new table, with one frame left answered",
            hex(s.resolver().demandZero(s.space(), HEAP + 0x40_0000)));
        o.see("frames left after it (the page's frame given back)", total - s.framesInUse());
        o.see("the page directory entry 0x041", entry(pde(s, HEAP + 0x40_0000)));
    }

    // What a check reads, through the machine's operations like any kernel code.

    private static int pde(CheckKernel.Setup s, int linear) {
        return s.ops().read32(CheckKernel.DIRECTORY + 4 * (linear >>> 22)) & ~ACCESSED_DIRTY;
    }

    /** A different byte at every offset of a page, so that a copy from the wrong place shows. */
    static int pattern(int offset) {
        int word = 0;
        for (int b = 3; b >= 0; b--) {
            word = word << 8 | ((offset + b) * 7 + 3) & 0xFF;
        }
        return word;
    }

    private static void fill(Operations ops, int frame, java.util.function.IntUnaryOperator words) {
        for (int offset = 0; offset < FrameAllocator.FRAME_SIZE; offset += 4) {
            ops.write32(frame + offset, words.applyAsInt(offset));
        }
    }

    private static int nonZeroWords(Operations ops, int frame) {
        if (!inPool(frame)) {
            return -1;
        }
        int n = 0;
        for (int offset = 0; offset < FrameAllocator.FRAME_SIZE; offset += 4) {
            n += ops.read32(frame + offset) != 0 ? 1 : 0;
        }
        return n;
    }

    private static String firstDifference(Operations ops, int frame) {
        if (!inPool(frame)) {
            return hex(frame) + " is not a frame of the pool";
        }
        for (int offset = 0; offset < FrameAllocator.FRAME_SIZE; offset += 4) {
            int got = ops.read32(frame + offset);
            if (got != pattern(offset)) {
                return String.format("at offset 0x%03X: 0x%08X instead of 0x%08X", offset, got, pattern(offset));
            }
        }
        return "none";
    }

    private static String count(CheckKernel.Setup s, int frame) {
        return inPool(frame) ? Integer.toString(s.frames().count(frame)) : hex(frame) + " is not a frame of the pool";
    }

    private static boolean inPool(int frame) {
        long offset = Integer.toUnsignedLong(frame) - KernelLayout.FRAME_POOL;
        return offset >= 0 && offset < (long) KernelLayout.FRAME_POOL_FRAMES * FrameAllocator.FRAME_SIZE
            && offset % FrameAllocator.FRAME_SIZE == 0;
    }

    private static String show(PageFaultResolver.Resolution r) {
        return r == null ? "null (not resolved: the kernel kills the process)" : "\"" + r.outcome() + "\", frame " + hex(r.frame());
    }

    /** A PDE or PTE with its bits named: {@code 0x00C09205 (frame 0x00C09000: P U/S COW)}. */
    static String entry(int value) {
        if (value == 0) {
            return "0x00000000 (not present)";
        }
        StringBuilder bits = new StringBuilder();
        int[] masks = {Paging.P, Paging.RW, Paging.US, Paging.PWT, Paging.PCD, Paging.A, Paging.D, CopyOnWrite.COW};
        String[] names = {"P", "R/W", "U/S", "PWT", "PCD", "A", "D", "COW"};
        for (int i = 0; i < masks.length; i++) {
            if ((value & masks[i]) != 0) {
                bits.append(bits.isEmpty() ? "" : " ").append(names[i]);
            }
        }
        return hex(value) + " (frame " + hex(value & Paging.FRAME) + ": " + bits + ")";
    }

    static String hex(int value) {
        return String.format("0x%08X", value);
    }

    private static String hex3(int index) {
        return String.format("0x%03X", index);
    }
}
