package eduscc.kernel.lguest;

/**
 * Something the guest did that lguest answers with the guest's death ("kill_guest"): a bad
 * hypercall, a page table naming memory outside the guest, a trap it has no handler for. The
 * launcher catches it, reports the reason on the console and ends the guest; the host goes on.
 */
public final class GuestFault extends RuntimeException {
    public GuestFault(String reason) {
        super(reason);
    }
}
