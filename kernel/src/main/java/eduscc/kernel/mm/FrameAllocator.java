package eduscc.kernel.mm;

import eduscc.kernel.arch.KernelLayout;
import eduscc.machine.cpu.Operations;

/**
 * The kernel's physical page-frame allocator (eduOS mm/memory.c, {@code get_pages} and
 * {@code put_page}): the frames of the pool at {@link KernelLayout#FRAME_POOL}, 4 KiB each, handed
 * out lowest first and counted per mapping, so that a frame that several address spaces share
 * (copy-on-write after a fork) is freed only when the last of them lets it go.
 *
 * <p>Which frames are in use, and how many mappings use each, is the bookkeeping of a
 * {@link PageFrames} (the kit's {@link KitPageFrames}, or the student's from the exercise
 * {@code page-frames}): a bitmap and a count per frame in simulated memory, where the debugger
 * decodes them. This class is what every other part of the kernel calls. It hands each call on,
 * and it checks that every frame it gives out is a frame of the pool: a wrong address would
 * otherwise become a page table in the middle of the kernel, and the kernel would fail far from
 * the mistake. The check is pure Java and costs no cycles.
 */
public final class FrameAllocator {
    /** What {@link #allocate} returns when every frame is in use (eduOS's get_pages returns 0 too). */
    public static final int NO_FRAME = 0;
    public static final int FRAME_SIZE = 4096;

    private final Operations ops;
    private final PageFrames pool;

    /** With the kit's own bookkeeping. */
    public FrameAllocator(Operations ops) {
        this(ops, new KitPageFrames(ops));
    }

    /** With {@code pool} keeping the bitmap and the counts (a lab's page-frame plug-in). */
    public FrameAllocator(Operations ops, PageFrames pool) {
        this.ops = ops;
        this.pool = pool;
    }

    /** Every frame free: the bitmap and the counts cleared (once, at boot). */
    public void init() {
        pool.init();
    }

    /**
     * Takes the lowest free frame, with a count of one. Returns the frame's physical address, or
     * {@link #NO_FRAME}. The frame's bytes are whatever its last owner left.
     *
     * @throws IllegalStateException if the bookkeeping answered an address that is not a frame of the pool
     */
    public int allocate() {
        int frame = pool.allocate();
        if (frame != NO_FRAME && (frame % FRAME_SIZE != 0 || !inPool(frame))) {
            throw new IllegalStateException(String.format("the page-frame allocator (%s) handed out 0x%08X, which is"
                + " not the address of a frame of the pool (0x%08X, %d frames of 4 KiB) nor NO_FRAME",
                pool.getClass().getSimpleName(), frame, KernelLayout.FRAME_POOL, KernelLayout.FRAME_POOL_FRAMES));
        }
        return frame;
    }

    /** One more mapping uses the frame at {@code physical} (fork shares it). */
    public void share(int physical) {
        index(physical);
        pool.share(physical);
    }

    /**
     * One mapping of the frame at {@code physical} is gone; at zero the frame is free again.
     * Returns the count left.
     */
    public int release(int physical) {
        index(physical);
        return pool.release(physical);
    }

    /** How many mappings use the frame at {@code physical}. */
    public int count(int physical) {
        index(physical);
        return pool.count(physical);
    }

    /** Fills the frame at {@code physical} with zeros, one doubleword at a time (eduOS's memset). */
    public void zero(int physical) {
        for (int offset = 0; offset < FRAME_SIZE; offset += 4) {
            ops.write32(physical + offset, 0);
        }
    }

    public static int address(int frame) {
        return KernelLayout.FRAME_POOL + frame * FRAME_SIZE;
    }

    /** The frame number of {@code physical} in the pool; an address outside the pool is a kernel bug. */
    public static int index(int physical) {
        if (!inPool(physical)) {
            throw new IllegalArgumentException(String.format("0x%08X is not a frame of the pool (0x%08X, %d frames)",
                physical, KernelLayout.FRAME_POOL, KernelLayout.FRAME_POOL_FRAMES));
        }
        return (physical - KernelLayout.FRAME_POOL) / FRAME_SIZE;
    }

    private static boolean inPool(int physical) {
        return physical >= KernelLayout.FRAME_POOL
            && (physical - KernelLayout.FRAME_POOL) / FRAME_SIZE < KernelLayout.FRAME_POOL_FRAMES;
    }
}
