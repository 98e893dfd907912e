package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.CopyOnWrite;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * One mistake each, as students make them (most from the handout's "Common mistakes"); each costs
 * the points of exactly the check that sees it ({@link PlantedBugsTest}). The array
 * {@link #BY_CHECK} lists them in the order of the checks; {@link MapsFreshPagesReadOnly} is one
 * more for the entries check, which the paging lab would see too but for its kit's entry bits.
 */
final class PlantedBugs {
    /** Index i: the fixture planted for check i; it loses check i alone. */
    static final Class<?>[] BY_CHECK = {KeepsTheLastOwnersData.class, MarksFreshPagesCopyOnWrite.class,
        CountsTheCopyTwice.class, CopiesOneDoublewordShort.class, KeepsTheMarkOnTheCopy.class,
        KeepsTheMarkOnTakeOver.class, ForgetsInvlpg.class, ResolvesEveryReadOnlyPage.class,
        KeepsTheFrameWhenMapFails.class, ZeroesThroughTheNewMapping.class, PageBySignedDivision.class};

    private PlantedBugs() {
    }

    /** No zeroing: fresh frames are zero already, a recycled one hands its last owner's data on. */
    public static final class KeepsTheLastOwnersData extends SolvedPageFaults {
        public KeepsTheLastOwnersData(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        void zero(int frame) {
        }
    }

    /** Marks a fresh page copy-on-write as well, "in case the process forks": writable, so it never faults. */
    public static final class MarksFreshPagesCopyOnWrite extends SolvedPageFaults {
        public MarksFreshPagesCopyOnWrite(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        int demandZeroFlags() {
            return super.demandZeroFlags() | CopyOnWrite.COW;
        }
    }

    /** Shares the copy for its new mapping: allocate had already counted it, so it is never freed. */
    public static final class CountsTheCopyTwice extends SolvedPageFaults {
        public CountsTheCopyTwice(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        int frameForCopy() {
            int copy = super.frameForCopy();
            if (copy != FrameAllocator.NO_FRAME) {
                frames.share(copy);
            }
            return copy;
        }
    }

    /** {@code <} for {@code <=} the wrong way round: the copy's last doubleword stays as the frame was. */
    public static final class CopiesOneDoublewordShort extends SolvedPageFaults {
        public CopiesOneDoublewordShort(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        void copyFrame(int from, int to) {
            for (int i = 0; i < FrameAllocator.FRAME_SIZE - 4; i += 4) {
                ops.write32(to + i, ops.read32(from + i));
            }
        }
    }

    /** Maps the copy with the old entry's flags plus R/W: writable, but still marked copy-on-write. */
    public static final class KeepsTheMarkOnTheCopy extends SolvedPageFaults {
        public KeepsTheMarkOnTheCopy(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        int copyFlags(int pte) {
            return pte & ~Paging.FRAME & ~Paging.P | Paging.RW;
        }
    }

    /** Takes a frame over by setting R/W in the old entry's flags: the mark stays. */
    public static final class KeepsTheMarkOnTakeOver extends SolvedPageFaults {
        public KeepsTheMarkOnTakeOver(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        int takeOverFlags(int pte) {
            return pte & ~Paging.FRAME & ~Paging.P | Paging.RW;
        }
    }

    /** No INVLPG: the model reads the entry behind a TLB hit, so only the TLB's tags show it. */
    public static final class ForgetsInvlpg extends SolvedPageFaults {
        public ForgetsInvlpg(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        void invalidate(int page) {
        }
    }

    /** Takes "present and read-only" for copy-on-write: a write to program text would make it writable. */
    public static final class ResolvesEveryReadOnlyPage extends SolvedPageFaults {
        public ResolvesEveryReadOnlyPage(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        boolean isCopyOnWrite(int pte) {
            return (pte & Paging.P) != 0 && (pte & Paging.RW) == 0;
        }
    }

    /** Ignores what map answers: with no frame left for the page table, the page's frame is lost. */
    public static final class KeepsTheFrameWhenMapFails extends SolvedPageFaults {
        public KeepsTheFrameWhenMapFails(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        public int demandZero(eduscc.kernel.mm.AddressSpace space, int address) {
            int frame = frames.allocate();
            if (frame == FrameAllocator.NO_FRAME) {
                return FrameAllocator.NO_FRAME;
            }
            zero(frame);
            return space.map(address & Paging.FRAME, frame, demandZeroFlags()) ? frame : FrameAllocator.NO_FRAME;
        }
    }

    /**
     * Maps a fresh page read-only, as if it were only read: the kernel sets CR0.WP, so the paging
     * lab's write to the heap page it has just read would fault again; the entries check sees it.
     */
    public static final class MapsFreshPagesReadOnly extends SolvedPageFaults {
        public MapsFreshPagesReadOnly(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        int demandZeroFlags() {
            return Paging.US;
        }
    }

    /**
     * Maps the page first and zeroes it through its new address: the page reads zeros, but the MMU
     * has marked it accessed and dirty before the process touched it (a page only read looks
     * written, and would be written back to swap for nothing), and for that moment it showed the
     * last owner's data to anyone sharing the space.
     */
    public static final class ZeroesThroughTheNewMapping extends SolvedPageFaults {
        public ZeroesThroughTheNewMapping(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        public int demandZero(AddressSpace space, int address) {
            int frame = frames.allocate();
            if (frame == FrameAllocator.NO_FRAME) {
                return FrameAllocator.NO_FRAME;
            }
            int page = pageOf(address);
            if (!space.map(page, frame, demandZeroFlags())) {
                frames.release(frame);
                return FrameAllocator.NO_FRAME;
            }
            for (int offset = 0; offset < FrameAllocator.FRAME_SIZE; offset += 4) {
                ops.write32(page + offset, 0);
            }
            return frame;
        }
    }

    /**
     * The page by {@code address / 4096 * 4096} on a Java int: right for every address below
     * 2 GiB, but the stack's 0xBFFFFFEC is negative, the division rounds towards zero, and the
     * copy is mapped at 0xC0000000.
     */
    public static final class PageBySignedDivision extends SolvedPageFaults {
        public PageBySignedDivision(Operations ops, FrameAllocator frames) {
            super(ops, frames);
        }

        @Override
        int pageOf(int address) {
            return address / FrameAllocator.FRAME_SIZE * FrameAllocator.FRAME_SIZE;
        }
    }
}
