package eduscc.kernel.mm;

import eduscc.kernel.arch.KernelLayout;
import eduscc.machine.cpu.Operations;

/**
 * The kit's page-frame bookkeeping (eduOS mm/memory.c): the bitmap is read a 32-bit word at a
 * time, so that finding a free frame costs one load per 32 frames in use before it, and the first
 * word that is not all ones holds the lowest free frame. Beside it, one byte per frame counts the
 * mappings, so that a frame that several address spaces share (copy-on-write after a fork) is
 * freed only when the last of them lets it go. The contract is {@link PageFrames}.
 */
public final class KitPageFrames implements PageFrames {
    private static final int BITMAP_WORDS = KernelLayout.FRAME_POOL_FRAMES / 32;

    private final Operations ops;

    public KitPageFrames(Operations ops) {
        this.ops = ops;
    }

    @Override
    public void init() {
        for (int word = 0; word < BITMAP_WORDS; word++) {
            ops.write32(KernelLayout.FRAME_BITMAP + 4 * word, 0);
        }
        for (int frame = 0; frame < KernelLayout.FRAME_POOL_FRAMES; frame += 4) {
            ops.write32(KernelLayout.FRAME_COUNTS + frame, 0);
        }
    }

    @Override
    public int allocate() {
        for (int word = 0; word < BITMAP_WORDS; word++) {
            int bits = ops.read32(KernelLayout.FRAME_BITMAP + 4 * word);
            if (bits != -1) {
                int bit = Integer.numberOfTrailingZeros(~bits);
                ops.write32(KernelLayout.FRAME_BITMAP + 4 * word, bits | 1 << bit);
                int frame = 32 * word + bit;
                ops.write8(KernelLayout.FRAME_COUNTS + frame, 1);
                return FrameAllocator.address(frame);
            }
        }
        return FrameAllocator.NO_FRAME;
    }

    @Override
    public void share(int physical) {
        int counter = KernelLayout.FRAME_COUNTS + FrameAllocator.index(physical);
        ops.write8(counter, ops.read8(counter) + 1);
    }

    @Override
    public int release(int physical) {
        int frame = FrameAllocator.index(physical);
        int counter = KernelLayout.FRAME_COUNTS + frame;
        int left = ops.read8(counter) - 1;
        ops.write8(counter, left);
        if (left == 0) {
            int word = KernelLayout.FRAME_BITMAP + 4 * (frame / 32);
            ops.write32(word, ops.read32(word) & ~(1 << frame % 32));
        }
        return left;
    }

    @Override
    public int count(int physical) {
        return ops.read8(KernelLayout.FRAME_COUNTS + FrameAllocator.index(physical));
    }
}
