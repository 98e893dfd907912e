package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.CopyOnWrite;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/** Right, except that a copy-on-write page whose frame nobody else maps sends it into a Java loop that never ends. */
public final class LoopsOnTakeOver extends SolvedPageFaults {
    private final FrameAllocator frames;
    private volatile boolean forEver = true;

    public LoopsOnTakeOver(Operations ops, FrameAllocator frames) {
        super(ops, frames);
        this.frames = frames;
    }

    @Override
    public PageFaultResolver.Resolution copyOnWrite(AddressSpace space, int address) {
        int pte = space.entry(address);
        if ((pte & CopyOnWrite.COW) != 0 && frames.count(pte & Paging.FRAME) == 1) {
            while (forEver) {
                Thread.onSpinWait();
            }
        }
        return super.copyOnWrite(space, address);
    }
}
