package eduscc.kernel.lguest;

import eduscc.kernel.arch.Selectors;

/**
 * How a guest starts (lguest's LHREQ_INITIALIZE, facts C.6): its kernel runs in ring 1
 * (GUEST_PL), on the kit kernel's code and data segments with RPL 1, with EFLAGS.IF set (the real
 * IF is always on while a guest runs); and where the launcher puts the first page tables.
 */
public final class GuestLayout {
    public static final int GUEST_RING = 1;
    public static final int KERNEL_CS = Selectors.KERNEL_CODE | GUEST_RING;
    public static final int KERNEL_DS = Selectors.KERNEL_DATA | GUEST_RING;
    /** EFLAGS.IF and the reserved bit 1. */
    public static final int INITIAL_EFLAGS = 0x202;
    /**
     * The launcher's first page directory for the guest, and the tables after it, in guest
     * memory: they map every guest page to itself. ASSUMPTION: lguest's launcher builds such
     * tables at the top of guest memory; the kit puts them in a range its kernel leaves free
     * (between the kernel's data and its stacks), so a guest kernel may build its own tables
     * while these are still the ones in use.
     */
    public static final int INITIAL_PAGE_DIRECTORY = 0x00180000;

    private GuestLayout() {
    }
}
