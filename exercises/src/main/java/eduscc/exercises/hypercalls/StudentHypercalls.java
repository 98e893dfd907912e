package eduscc.exercises.hypercalls;

import eduscc.kernel.lguest.HypercallDispatcher;
import eduscc.kernel.lguest.HypercallHost;
import eduscc.kernel.lguest.Hypercalls;

/**
 * YOUR hypercall dispatcher: what lguest's hypercalls.c does when the guest kernel, running in
 * ring 1, asks the host for something. Read the handout
 * ({@code exercises/src/main/resources/eduscc/exercises/hypercalls/HANDOUT.md}) and the contracts in
 * {@link HypercallDispatcher} and {@link HypercallHost}, then replace each
 * {@code throw new UnsupportedOperationException("TODO ...")} with the real thing.
 *
 * <p>The launcher, a task of the host's kernel, runs the guest until it traps. For INT 0x1F it
 * calls {@link #hypercall} with the guest's EAX; on every pass of its loop it calls
 * {@link #runAsync}. Everything the host can do is a method of {@code host}:
 * <pre>
 *   LHCALL_FLUSH_ASYNC      0   nothing (the ring has run)       LHCALL_SET_STACK     7   setStack(arg1, arg2)
 *   LHCALL_LGUEST_INIT      1   initialize(arg1), first only     LHCALL_TS            8   setTaskSwitched(arg1 != 0)
 *   LHCALL_SHUTDOWN         2   shutdown(arg1, arg2)             LHCALL_SET_CLOCKEVENT 9  setClockEvent(arg1)
 *   LHCALL_NEW_PGTABLE      4   newPageTable(arg1)               LHCALL_HALT         10   halt()
 *   LHCALL_FLUSH_TLB        5   flushTlb(arg1 != 0)              LHCALL_SET_PTE      14   setPte(arg1, arg2, arg3)
 *   LHCALL_LOAD_IDT_ENTRY   6   loadIdtEntry(arg1, arg2, arg3)   LHCALL_SET_PGD      15   setPgd(arg1, arg2)
 *   LHCALL_NOTIFY          17   notifyDevice(arg1)               LHCALL_LOAD_GDT_ENTRY 18 loadGdtEntry(arg1, arg2, arg3)
 *   LHCALL_SEND_INTERRUPTS 19   nothing                          anything else, LHCALL_LOAD_TLS 16: kill(reason)
 * </pre>
 * The numbers are constants of {@link Hypercalls} ({@code Hypercalls.SET_PTE}), and
 * {@code Hypercalls.name(call)} names one ("LHCALL_SET_PTE", or "hypercall 3" for a number lguest
 * does not have): put it into every reason you kill the guest for.
 *
 * <p>Grade it with {@code ./eduscc grade hypercalls}; watch the host run with it with
 * {@code ./eduscc run lguest --hypercalls student} (or {@code lguest-fork}).
 */
public final class StudentHypercalls implements HypercallDispatcher {
    /** The ring slot to look at next (lguest's {@code cpu->next_hcall}): where the host stopped last time. */
    private int nextAsync;

    @Override
    public void hypercall(HypercallHost host, int call) {
        throw new UnsupportedOperationException("TODO hypercall: not initialized yet? only LHCALL_LGUEST_INIT may come"
            + " (host.initialize(host.arg1())); anything else: host.kill with the call's name. Initialized: run the ring"
            + " first, then dispatch the call with host.arg1(), arg2(), arg3()");
    }

    @Override
    public void runAsync(HypercallHost host) {
        throw new UnsupportedOperationException("TODO runAsync: nothing before LHCALL_LGUEST_INIT. Then, at most 64 times:"
            + " slot nextAsync not SLOT_PENDING? stop. Else dispatch its call (ringWord 0..3), markDone, and move"
            + " nextAsync on, from 63 back to 0");
    }

    /** One call, from the registers or from a slot of the ring, to the host's action: lguest's do_hcall. */
    private void dispatch(HypercallHost host, int call, int arg1, int arg2, int arg3) {
        throw new UnsupportedOperationException("TODO dispatch: one case per hypercall (the table above); a second"
            + " LHCALL_LGUEST_INIT, LHCALL_LOAD_TLS and every unknown number: host.kill naming it");
    }
}
