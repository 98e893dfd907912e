package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.CopyOnWrite;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;

/** A student's correct resolver, written from the handout alone: full marks. The fixtures that get something wrong extend it. */
public class SolvedPageFaults implements PageFaultResolver {
    private final Operations ops;
    private final FrameAllocator frames;

    public SolvedPageFaults(Operations ops, FrameAllocator frames) {
        this.ops = ops;
        this.frames = frames;
    }

    @Override
    public int demandZero(AddressSpace space, int address) {
        int frame = frames.allocate();
        if (frame == FrameAllocator.NO_FRAME) {
            return FrameAllocator.NO_FRAME;
        }
        zero(frame);
        if (!space.map(address & Paging.FRAME, frame, Paging.US | Paging.RW)) {
            frames.release(frame);
            return FrameAllocator.NO_FRAME;
        }
        return frame;
    }

    /** What the partial fixture leaves out. */
    void zero(int frame) {
        frames.zero(frame);
    }

    @Override
    public Resolution copyOnWrite(AddressSpace space, int address) {
        int pte = space.entry(address);
        if ((pte & Paging.P) == 0 || (pte & CopyOnWrite.COW) == 0) {
            return null;
        }
        int page = address & Paging.FRAME;
        int old = pte & Paging.FRAME;
        if (frames.count(old) == 1) {
            space.map(page, old, Paging.US | Paging.RW);
            invalidate(page);
            return Resolution.takenOver(old);
        }
        int copy = frames.allocate();
        if (copy == FrameAllocator.NO_FRAME) {
            return null;
        }
        for (int i = 0; i < FrameAllocator.FRAME_SIZE; i += 4) {
            ops.write32(copy + i, ops.read32(old + i));
        }
        space.map(page, copy, Paging.US | Paging.RW);
        frames.release(old);
        invalidate(page);
        return Resolution.copied(copy);
    }

    /** What the partial fixture leaves out. */
    void invalidate(int page) {
        ops.invlpg(page);
    }
}
