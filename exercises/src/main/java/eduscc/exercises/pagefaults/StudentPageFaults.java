package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.machine.cpu.Operations;

/**
 * YOUR page-fault resolver: what eduOS's {@code page_fault_handler} does to memory once it has
 * decided what kind of fault it has. Read the handout
 * ({@code exercises/src/main/resources/eduscc/exercises/pagefaults/HANDOUT.md}) and the contract
 * in {@link PageFaultResolver}, then replace each {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing. The fields and the constructor are in place; you should not need more.
 *
 * <p>The kernel's {@code PageFaultHandler} has already read CR2 (the faulting address) and the
 * error code the processor pushed (SDM Vol. 3A §4.7), and calls you:
 * <pre>
 *   error code bit 0 (P)    0: the page was not present        1: a protection violation
 *   error code bit 1 (W/R)  0: a read                          1: a write
 *   error code bit 2 (U/S)  0: the kernel (ring 0) faulted     1: user code (ring 3) faulted
 *
 *   P=0, an address in the heap (below the break)   -> demandZero
 *   P=1, W/R=1, an address in user space            -> copyOnWrite
 *   anything else, or you answered "not resolved"   -> the process is killed (a kernel fault: panic)
 * </pre>
 *
 * <p>The tools, all of them machine operations that cost what the hardware would charge:
 * <ul>
 *   <li>{@code frames.allocate()} the lowest free frame's physical address, its count set to 1, or
 *       {@code FrameAllocator.NO_FRAME}; {@code frames.zero(frame)}; {@code frames.count(frame)};
 *       {@code frames.release(frame)} (one mapping less; frees the frame at 0);
 *   <li>{@code space.entry(linear)} the page-table entry (PTE) of a linear address, 0 when there is
 *       no page table; {@code space.map(page, frame, flags)} writes the PTE (P is added; a missing
 *       page table is made; false when no frame is left for it);
 *   <li>{@code ops.read32(physical)} and {@code ops.write32(physical, value)}: the kernel maps the
 *       frame pool to itself, so a frame's physical address is also an address the kernel can
 *       read and write; {@code ops.invlpg(linear)} drops a page's translation from the TLBs;
 *   <li>bits: {@code Paging.P}, {@code Paging.RW}, {@code Paging.US}, {@code Paging.FRAME} (the
 *       frame address bits of an entry, 0xFFFFF000) in {@code eduscc.machine.cpu.Paging}, and
 *       {@code CopyOnWrite.COW} (PTE bit 9, the kit's copy-on-write mark) in {@code eduscc.kernel.mm}.
 * </ul>
 *
 * <p>Grade it with {@code ./eduscc grade page-faults}; watch the kernel run with it with
 * {@code ./eduscc run fork --page-faults student} (or {@code paging}).
 */
public final class StudentPageFaults implements PageFaultResolver {
    /** The core's machine operations: memory reads and writes by physical address, INVLPG. */
    private final Operations ops;
    /** The frame allocator: a bitmap of frames in use and one reference count per frame. */
    private final FrameAllocator frames;

    public StudentPageFaults(Operations ops, FrameAllocator frames) {
        this.ops = ops;
        this.frames = frames;
    }

    @Override
    public int demandZero(AddressSpace space, int address) {
        throw new UnsupportedOperationException("TODO demandZero: take a frame (NO_FRAME: answer NO_FRAME), fill it"
            + " with zeros, map the page of address to it for the user and writable; if map fails, give the frame"
            + " back and answer NO_FRAME; else answer the frame");
    }

    @Override
    public Resolution copyOnWrite(AddressSpace space, int address) {
        throw new UnsupportedOperationException("TODO copyOnWrite: no COW mark in the PTE: answer null. Count 1: map"
            + " the same frame writable without the mark (Resolution.takenOver). Else: a new frame, copy the 4 KiB,"
            + " map it writable without the mark, release the shared one (Resolution.copied). Both: invlpg the page");
    }
}
