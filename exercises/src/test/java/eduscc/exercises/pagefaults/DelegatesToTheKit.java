package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.CopyOnWrite;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.machine.cpu.Operations;

/** Zero-fills on its own but hands copy-on-write to the kit's CopyOnWrite: every check passes, none counts. */
public final class DelegatesToTheKit extends SolvedPageFaults {
    private final CopyOnWrite kit;

    public DelegatesToTheKit(Operations ops, FrameAllocator frames) {
        super(ops, frames);
        kit = new CopyOnWrite(ops, frames);
    }

    @Override
    public PageFaultResolver.Resolution copyOnWrite(AddressSpace space, int address) {
        return kit.resolve(space, address);
    }
}
