package eduscc.exercises.pagefaults;

import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import java.util.List;

/**
 * The resolver under test as the paging lab's check runs it: its own code, taking its frame and
 * mapping it as it does, but each demand-zero page's entries then hold the kit's bits (the PTE
 * present, writable and user, the PDE present, writable and user), which the entries check judges.
 * So a wrong bit there costs that check's points alone, and the lab judges what the entries check
 * leaves out: the accessed and dirty bits, which no resolver writes and only an access through the
 * new mapping sets. They are recorded here, as the resolver left them, before the kit's bits go in.
 *
 * <p>The settling is kernel code like the rest of the handler: a load and a store of the PDE and of
 * the PTE, the same in every run. A page that the resolver left unmapped is left as it is.
 */
final class KitEntries implements PageFaultResolver {
    /** The bits the kit's demand-zero mapping has in both entries. */
    private static final int KIT_BITS = Paging.P | Paging.RW | Paging.US;
    private final PageFaultResolver graded;
    private final Operations ops;
    /** Per demand-zero page resolved, its linear address and the A and D bits its PTE had. */
    private final List<Resolved> resolved;

    private KitEntries(PageFaultResolver graded, Operations ops, List<Resolved> resolved) {
        this.graded = graded;
        this.ops = ops;
        this.resolved = resolved;
    }

    /** Makes the resolver under test as {@code graded} makes it, wrapped; each one adds to {@code resolved}. */
    static PageFaultResolverFactory around(PageFaultResolverFactory graded, List<Resolved> resolved) {
        return (ops, frames) -> new KitEntries(graded.create(ops, frames), ops, resolved);
    }

    @Override
    public int demandZero(AddressSpace space, int address) {
        int frame = graded.demandZero(space, address);
        if (frame != FrameAllocator.NO_FRAME) {
            settle(space, address);
        }
        return frame;
    }

    @Override
    public Resolution copyOnWrite(AddressSpace space, int address) {
        return graded.copyOnWrite(space, address);
    }

    private void settle(AddressSpace space, int address) {
        int pdeAt = space.directory() + 4 * (address >>> 22);
        int pde = ops.read32(pdeAt);
        if ((pde & Paging.P) == 0) {
            return;
        }
        ops.write32(pdeAt, pde | KIT_BITS);
        int pteAt = (pde & Paging.FRAME) + 4 * (address >>> 12 & 0x3FF);
        int pte = ops.read32(pteAt);
        if ((pte & Paging.P) == 0) {
            return;
        }
        resolved.add(new Resolved(address & Paging.FRAME, pte & (Paging.A | Paging.D)));
        ops.write32(pteAt, pte & (Paging.FRAME | Paging.A | Paging.D) | KIT_BITS);
    }

    /** A demand-zero page and the accessed and dirty bits of its PTE when the resolver returned. */
    record Resolved(int page, int accessedDirty) {
        String bits() {
            boolean accessed = (accessedDirty & Paging.A) != 0;
            boolean dirty = (accessedDirty & Paging.D) != 0;
            if (accessed && dirty) {
                return "A and D set";
            }
            return accessed ? "A set" : dirty ? "D set" : "neither set";
        }
    }
}
