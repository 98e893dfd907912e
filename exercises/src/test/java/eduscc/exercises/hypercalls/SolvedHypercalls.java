package eduscc.exercises.hypercalls;

import eduscc.kernel.lguest.HypercallDispatcher;
import eduscc.kernel.lguest.HypercallHost;
import eduscc.kernel.lguest.Hypercalls;

/**
 * A student's correct dispatcher, written from the handout alone and not as the kit's is (its own
 * reasons, a while loop, the ring's slots run by one method): full marks. Each fixture of
 * {@link PlantedBugs} overrides one of its steps with a mistake.
 */
public class SolvedHypercalls implements HypercallDispatcher {
    private int next;

    @Override
    public void hypercall(HypercallHost host, int call) {
        if (!host.initialized()) {
            if (call == Hypercalls.LGUEST_INIT) {
                initialize(host, host.arg1());
            } else {
                firstCallNotInit(host, call);
            }
            return;
        }
        runAsync(host);
        dispatch(host, call, host.arg1(), host.arg2(), host.arg3());
    }

    @Override
    public void runAsync(HypercallHost host) {
        if (!host.initialized()) {
            return;
        }
        int runs = 0;
        while (runs < HypercallHost.RING_SIZE && host.ringStatus(next) == HypercallHost.SLOT_PENDING) {
            runSlot(host, next);
            next = following(next);
            runs++;
        }
    }

    void initialize(HypercallHost host, int lguestData) {
        host.initialize(lguestData);
    }

    void firstCallNotInit(HypercallHost host, int call) {
        host.kill("the guest's first hypercall must be LHCALL_LGUEST_INIT, not " + Hypercalls.name(call));
    }

    void runSlot(HypercallHost host, int slot) {
        dispatchFromRing(host, host.ringWord(slot, 0), host.ringWord(slot, 1), host.ringWord(slot, 2), host.ringWord(slot, 3));
        host.markDone(slot);
    }

    void dispatchFromRing(HypercallHost host, int call, int arg1, int arg2, int arg3) {
        dispatch(host, call, arg1, arg2, arg3);
    }

    int following(int slot) {
        return slot == HypercallHost.RING_SIZE - 1 ? 0 : slot + 1;
    }

    void dispatch(HypercallHost host, int call, int arg1, int arg2, int arg3) {
        switch (call) {
            case Hypercalls.LGUEST_INIT -> initAgain(host, arg1);
            case Hypercalls.FLUSH_ASYNC -> { }
            case Hypercalls.SEND_INTERRUPTS -> sendInterrupts(host);
            case Hypercalls.SHUTDOWN -> shutdown(host, arg1, arg2);
            case Hypercalls.NEW_PGTABLE -> host.newPageTable(arg1);
            case Hypercalls.FLUSH_TLB -> flushTlb(host, arg1);
            case Hypercalls.SET_PTE -> host.setPte(arg1, arg2, arg3);
            case Hypercalls.SET_PGD -> host.setPgd(arg1, arg2);
            case Hypercalls.LOAD_IDT_ENTRY -> loadIdtEntry(host, arg1, arg2, arg3);
            case Hypercalls.LOAD_GDT_ENTRY -> host.loadGdtEntry(arg1, arg2, arg3);
            case Hypercalls.SET_STACK -> host.setStack(arg1, arg2);
            case Hypercalls.TS -> host.setTaskSwitched(arg1 != 0);
            case Hypercalls.SET_CLOCKEVENT -> host.setClockEvent(arg1);
            case Hypercalls.HALT -> host.halt();
            case Hypercalls.NOTIFY -> host.notifyDevice(arg1);
            default -> unknown(host, call);
        }
    }

    void initAgain(HypercallHost host, int lguestData) {
        host.kill("LHCALL_LGUEST_INIT came twice");
    }

    void sendInterrupts(HypercallHost host) {
    }

    void shutdown(HypercallHost host, int message, int how) {
        host.shutdown(message, how);
    }

    void flushTlb(HypercallHost host, int arg) {
        host.flushTlb(arg != 0);
    }

    void loadIdtEntry(HypercallHost host, int vector, int low, int high) {
        host.loadIdtEntry(vector, low, high);
    }

    void unknown(HypercallHost host, int call) {
        host.kill("no such hypercall: " + Hypercalls.name(call));
    }
}
