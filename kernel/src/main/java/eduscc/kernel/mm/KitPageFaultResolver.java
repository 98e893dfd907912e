package eduscc.kernel.mm;

import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/**
 * The kit's answer to the page faults that a kernel resolves (eduOS arch/x86/mm/page.c
 * {@code page_fault_handler}, the part after the checks): a demand-zero page gets a fresh,
 * zeroed frame; a write to a copy-on-write page is {@link CopyOnWrite#resolve}. The exercise
 * {@code page-faults} asks for the same; this is the version every other one is graded against.
 */
public final class KitPageFaultResolver implements PageFaultResolver {
    private final FrameAllocator frames;
    private final CopyOnWrite copyOnWrite;

    public KitPageFaultResolver(Operations ops, FrameAllocator frames) {
        this.frames = frames;
        this.copyOnWrite = new CopyOnWrite(ops, frames);
    }

    /**
     * The lowest free frame, zeroed (it holds whatever its last owner left, maybe another
     * process's secrets), mapped at the page for the user and writable. A page table the page
     * needs first is taken from the pool too; if none is left, the page's frame goes back.
     */
    @Override
    public int demandZero(AddressSpace space, int address) {
        int frame = frames.allocate();
        if (frame == FrameAllocator.NO_FRAME) {
            return FrameAllocator.NO_FRAME;
        }
        frames.zero(frame);
        if (!space.map(address & Paging.FRAME, frame, Paging.RW | Paging.US)) {
            frames.release(frame);
            return FrameAllocator.NO_FRAME;
        }
        return frame;
    }

    @Override
    public Resolution copyOnWrite(AddressSpace space, int address) {
        return copyOnWrite.resolve(space, address);
    }
}
