package eduscc.kernel.mm;

/**
 * The part of the page-fault handler that changes memory: what the exercise {@code page-faults}
 * asks a student to write. {@link PageFaultHandler} reads CR2 and the error code, decides which
 * kind of fault it is, and calls one of these two; what they answer decides whether the faulting
 * access runs again or the process dies. The kit's own answer is {@link KitPageFaultResolver};
 * a lab chooses one by name ({@link PageFaultPlugins}).
 *
 * <p>Both get the faulting task's {@link AddressSpace} and the faulting linear address (CR2,
 * anywhere in its page). They run in ring 0 on the faulting task's kernel stack with CR3 still
 * holding that space, and reach memory only through the kernel's machine operations, the
 * {@link FrameAllocator} and the {@link AddressSpace}, so every step costs what it costs.
 */
public interface PageFaultResolver {

    /**
     * How a fault was resolved, for the trace and the debugger's timeline.
     *
     * @param outcome {@value #ZERO_FILLED}, {@value #COPIED} or {@value #TAKEN_OVER}
     * @param frame   the physical address of the frame the page is mapped to now
     */
    record Resolution(String outcome, int frame) {
        public static final String ZERO_FILLED = "zero-filled";
        public static final String COPIED = "copied";
        public static final String TAKEN_OVER = "taken over";

        /** A write to a shared page got a copy of the frame of its own. */
        public static Resolution copied(int frame) {
            return new Resolution(COPIED, frame);
        }

        /** A write to a page nobody else shares any more: the frame became writable in place. */
        public static Resolution takenOver(int frame) {
            return new Resolution(TAKEN_OVER, frame);
        }
    }

    /**
     * A page that is not present, in a region that grows on demand (the heap below the break):
     * give it a frame of its own, filled with zeros, mapped present, writable and user.
     *
     * @return the physical address of the frame now mapped at the page of {@code address}, or
     *     {@link FrameAllocator#NO_FRAME} when no frame is left (for the page or its table);
     *     then nothing may stay taken, and the kernel kills the process
     */
    int demandZero(AddressSpace space, int address);

    /**
     * A write to a present page that is not writable: if the page carries the copy-on-write mark
     * ({@link CopyOnWrite#COW}), make it writable for this space alone, by a copy of its frame or,
     * when no one else maps that frame any more, by taking the frame over.
     *
     * @return how it was resolved; null when the page is no copy-on-write page (a write to a
     *     read-only page, such as program text) or no frame is left for the copy, with the page
     *     table and the frame counts as they were: the kernel then kills the process
     */
    Resolution copyOnWrite(AddressSpace space, int address);
}
