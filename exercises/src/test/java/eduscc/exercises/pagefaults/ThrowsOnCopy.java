package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.machine.cpu.Operations;

/** Demand zero right, copy-on-write throws: every check that writes to a shared page fails, by name. */
public final class ThrowsOnCopy extends SolvedPageFaults {
    public ThrowsOnCopy(Operations ops, FrameAllocator frames) {
        super(ops, frames);
    }

    @Override
    public Resolution copyOnWrite(AddressSpace space, int address) {
        throw new IllegalStateException("no copy today");
    }
}
