package eduscc.exercises.pageframes;

import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFrames;
import eduscc.machine.cpu.Operations;

/**
 * YOUR page-frame allocator: the bookkeeping of eduOS mm/memory.c, which frames of the pool are in
 * use and how many mappings use each. Read the handout
 * ({@code exercises/src/main/resources/eduscc/exercises/pageframes/HANDOUT.md}) and the contract in
 * {@link PageFrames}, then replace each {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing. The field and the constructor are in place; you should not need more.
 *
 * <p>Everything lives in the core's memory, and you reach it only through {@code ops}; keep no copy
 * of it in Java fields:
 * <pre>
 *   KernelLayout.FRAME_BITMAP + 4 * w   32-bit word w of the bitmap (w = 0 .. 31): bit b is frame 32 * w + b
 *   KernelLayout.FRAME_COUNTS + n       one byte: the mappings of frame n (0 .. 1023)
 *   FrameAllocator.address(n)           frame n's physical address; FrameAllocator.index(physical) = n
 *   FrameAllocator.NO_FRAME             what allocate answers when every frame is in use
 * </pre>
 * {@code ops.read32(a)}, {@code ops.write32(a, v)}, {@code ops.read8(a)} and {@code ops.write8(a, v)}
 * each cost what the core's caches and the mesh charge; Java arithmetic between them is free.
 *
 * <p>Grade it with {@code ./eduscc grade page-frames}; watch the kernel run with it with
 * {@code ./eduscc run fork --page-frames student} (the Paging tab of {@code ./eduscc gui fork}
 * decodes the bitmap and the counts from memory).
 */
public final class StudentPageFrames implements PageFrames {
    /** The bitmap's 32-bit words: 1,024 frames. */
    private static final int BITMAP_WORDS = KernelLayout.FRAME_POOL_FRAMES / 32;

    /** The core's machine operations: memory reads and writes by physical address. */
    private final Operations ops;

    public StudentPageFrames(Operations ops) {
        this.ops = ops;
    }

    @Override
    public void init() {
        throw new UnsupportedOperationException("TODO init: write 0 into every word of the bitmap (BITMAP_WORDS of"
            + " them) and into every count byte (FRAME_POOL_FRAMES of them; four at a time with write32 is fine)");
    }

    @Override
    public int allocate() {
        throw new UnsupportedOperationException("TODO allocate: find the first bitmap word that is not all ones; set its"
            + " lowest clear bit, write the word back and the frame's count byte 1, answer FrameAllocator.address(frame);"
            + " no such word: answer FrameAllocator.NO_FRAME and write nothing");
    }

    @Override
    public void share(int physical) {
        throw new UnsupportedOperationException("TODO share: add one to the count byte of frame"
            + " FrameAllocator.index(physical)");
    }

    @Override
    public int release(int physical) {
        throw new UnsupportedOperationException("TODO release: take one from the frame's count byte; at 0 clear its bit"
            + " in its bitmap word; answer the count left");
    }

    @Override
    public int count(int physical) {
        throw new UnsupportedOperationException("TODO count: answer the frame's count byte");
    }
}
