package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.KitPageFaultResolver;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.machine.cpu.Operations;

/** Zero-fills on its own but hands copy-on-write to the kit's KitPageFaultResolver: every check passes, none counts. */
public final class DelegatesToTheKit extends SolvedPageFaults {
    private final KitPageFaultResolver kit;

    public DelegatesToTheKit(Operations ops, FrameAllocator frames) {
        super(ops, frames);
        kit = new KitPageFaultResolver(ops, frames);
    }

    @Override
    public PageFaultResolver.Resolution copyOnWrite(AddressSpace space, int address) {
        return kit.copyOnWrite(space, address);
    }
}
