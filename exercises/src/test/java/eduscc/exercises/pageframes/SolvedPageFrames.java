package eduscc.exercises.pageframes;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFrames;
import eduscc.machine.cpu.Operations;

/** A student's correct allocator, written from the handout alone: full marks. The fixtures that get something wrong extend it. */
public class SolvedPageFrames implements PageFrames {
    final Operations ops;

    public SolvedPageFrames(Operations ops) {
        this.ops = ops;
    }

    @Override
    public void init() {
        for (int w = 0; w < words(); w++) {
            ops.write32(KernelLayout.FRAME_BITMAP + 4 * w, 0);
        }
        clearCounts();
    }

    void clearCounts() {
        for (int n = 0; n < KernelLayout.FRAME_POOL_FRAMES; n++) {
            ops.write8(KernelLayout.FRAME_COUNTS + n, 0);
        }
    }

    /** How many bitmap words allocate looks at. */
    int words() {
        return KernelLayout.FRAME_POOL_FRAMES / 32;
    }

    @Override
    public int allocate() {
        for (int w = 0; w < words(); w++) {
            int word = ops.read32(KernelLayout.FRAME_BITMAP + 4 * w);
            if (word != 0xFFFF_FFFF) {
                int b = clearBit(word);
                ops.write32(KernelLayout.FRAME_BITMAP + 4 * w, word | (1 << b));
                ops.write8(KernelLayout.FRAME_COUNTS + w * 32 + b, 1);
                return FrameAllocator.address(w * 32 + b);
            }
        }
        return FrameAllocator.NO_FRAME;
    }

    /** The bit allocate takes in a word that has a clear one: the lowest. */
    int clearBit(int word) {
        int b = 0;
        while ((word >>> b & 1) != 0) {
            b++;
        }
        return b;
    }

    @Override
    public void share(int physical) {
        int n = FrameAllocator.index(physical);
        ops.write8(KernelLayout.FRAME_COUNTS + n, ops.read8(KernelLayout.FRAME_COUNTS + n) + 1);
    }

    @Override
    public int release(int physical) {
        int n = FrameAllocator.index(physical);
        int count = ops.read8(KernelLayout.FRAME_COUNTS + n) - 1;
        ops.write8(KernelLayout.FRAME_COUNTS + n, count);
        if (count == 0) {
            int at = KernelLayout.FRAME_BITMAP + 4 * (n / 32);
            ops.write32(at, ops.read32(at) & ~(1 << (n % 32)));
        }
        return count;
    }

    @Override
    public int count(int physical) {
        return ops.read8(KernelLayout.FRAME_COUNTS + FrameAllocator.index(physical));
    }
}
