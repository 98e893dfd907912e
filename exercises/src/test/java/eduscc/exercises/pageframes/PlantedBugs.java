package eduscc.exercises.pageframes;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.machine.cpu.Operations;

/**
 * One mistake each, as students make them; each costs the points of exactly the check that sees
 * it ({@link PlantedBugsTest}). The array {@link #BY_CHECK} lists them in the order of the checks.
 */
final class PlantedBugs {
    /** Index i: the fixture that must lose check i alone. */
    static final Class<?>[] BY_CHECK = {ForgetsTheCounts.class, TakesTheHighestBit.class, KeepsAJavaCopy.class,
        AnswersTheOldCount.class, ShareSetsTwo.class, ReadsPastTheBitmap.class, CountReadsAWord.class};

    private PlantedBugs() {
    }

    /** init clears the bitmap only: at boot the counts are zero anyway, after a warm reboot they are not. */
    public static final class ForgetsTheCounts extends SolvedPageFrames {
        public ForgetsTheCounts(Operations ops) {
            super(ops);
        }

        @Override
        void clearCounts() {
        }
    }

    /** Takes the highest clear bit of the word: every frame is still free when handed out, but not the lowest. */
    public static final class TakesTheHighestBit extends SolvedPageFrames {
        public TakesTheHighestBit(Operations ops) {
            super(ops);
        }

        @Override
        int clearBit(int word) {
            return 31 - Integer.numberOfLeadingZeros(~word);
        }
    }

    /** Keeps the bitmap in a Java array too, and chooses from that: blind to what anyone else wrote in memory. */
    public static final class KeepsAJavaCopy extends SolvedPageFrames {
        private final boolean[] used = new boolean[KernelLayout.FRAME_POOL_FRAMES];

        public KeepsAJavaCopy(Operations ops) {
            super(ops);
        }

        @Override
        public int allocate() {
            for (int n = 0; n < used.length; n++) {
                if (!used[n]) {
                    used[n] = true;
                    int at = KernelLayout.FRAME_BITMAP + 4 * (n / 32);
                    ops.write32(at, ops.read32(at) | 1 << n % 32);
                    ops.write8(KernelLayout.FRAME_COUNTS + n, 1);
                    return FrameAllocator.address(n);
                }
            }
            return FrameAllocator.NO_FRAME;
        }

        @Override
        public int release(int physical) {
            int left = super.release(physical);
            if (left == 0) {
                used[FrameAllocator.index(physical)] = false;
            }
            return left;
        }
    }

    /** release answers the count it found, not the count left. */
    public static final class AnswersTheOldCount extends SolvedPageFrames {
        public AnswersTheOldCount(Operations ops) {
            super(ops);
        }

        @Override
        public int release(int physical) {
            return super.release(physical) + 1;
        }
    }

    /** "Shared means two": right after one fork, wrong after the second. */
    public static final class ShareSetsTwo extends SolvedPageFrames {
        public ShareSetsTwo(Operations ops) {
            super(ops);
        }

        @Override
        public void share(int physical) {
            ops.write8(KernelLayout.FRAME_COUNTS + FrameAllocator.index(physical), 2);
        }
    }

    /** {@code <=} for {@code <}: with the pool full it looks at the word after the bitmap, and hands out frame 1024. */
    public static final class ReadsPastTheBitmap extends SolvedPageFrames {
        public ReadsPastTheBitmap(Operations ops) {
            super(ops);
        }

        @Override
        int words() {
            return super.words() + 1;
        }
    }

    /** count reads four count bytes as one word: never 1 while a neighbour is in use, so fork copies every page. */
    public static final class CountReadsAWord extends SolvedPageFrames {
        public CountReadsAWord(Operations ops) {
            super(ops);
        }

        @Override
        public int count(int physical) {
            return ops.read32(KernelLayout.FRAME_COUNTS + FrameAllocator.index(physical));
        }
    }
}
