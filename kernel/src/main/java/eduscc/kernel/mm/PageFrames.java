package eduscc.kernel.mm;

/**
 * The bookkeeping of the frame pool: which 4 KiB frames are in use and how many mappings use each,
 * eduOS mm/memory.c's {@code page_bitmap} with the reference counts copy-on-write needs. This is
 * what the exercise {@code page-frames} asks a student to write (EXERCISE PLUG-IN POINT); the kit's
 * own answer is {@link KitPageFrames}, and a lab chooses one by name ({@link PageFramePlugins}).
 * The kernel never calls it directly: it asks its {@link FrameAllocator}, which checks what comes
 * back.
 *
 * <p>All of it lies in simulated memory, where the debugger's Paging tab decodes it and every look
 * costs what the memory hierarchy charges, and nowhere else:
 * <pre>
 *   KernelLayout.FRAME_BITMAP  128 bytes: bit n (bit n % 32 of the 32-bit word n / 32) is set
 *                              while frame n is in use
 *   KernelLayout.FRAME_COUNTS  1,024 bytes: byte n counts the mappings of frame n (0 while free)
 *   frame n                    physical address FrameAllocator.address(n)
 *                              = FRAME_POOL + n * 4096; FrameAllocator.index(physical) = n
 * </pre>
 * An implementation reaches them only through the core's machine operations, never through a Java
 * copy: another kernel part (the boot, the debugger's user) may look at them at any time.
 */
public interface PageFrames {

    /** Every frame free: the bitmap and every count zero, whatever was there before (once, at boot). */
    void init();

    /**
     * Takes the lowest free frame: sets its bit and gives it a count of one. Returns its physical
     * address, or {@link FrameAllocator#NO_FRAME} when every frame is in use (and then changes
     * nothing). The frame's bytes are whatever its last owner left.
     */
    int allocate();

    /** One more mapping uses the frame at {@code physical}, a frame in use (fork shares it). */
    void share(int physical);

    /**
     * One mapping of the frame at {@code physical} is gone: its count falls by one, and at zero
     * its bit is cleared, so that it is free again. Returns the count left.
     */
    int release(int physical);

    /**
     * How many mappings use the frame at {@code physical}: the page-fault handler asks before it
     * copies a copy-on-write page (one: the writer takes the frame over).
     */
    int count(int physical);
}
