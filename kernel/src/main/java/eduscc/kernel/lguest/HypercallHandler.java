package eduscc.kernel.lguest;

/**
 * Trap 0x1F on the host (facts C.1): the guest's INT 0x1F arrives with the call in the saved EAX
 * and its arguments in EBX, ECX and EDX. The host counts it, hands it to the guest's
 * {@link HypercallDispatcher} (the kit's, or a student's: the plug-in the lab chose) with the
 * host's {@link HypercallActions}, and puts the result, 0, into the guest's EAX. A call that kills
 * the guest leaves through {@link GuestFault} to the launcher.
 */
final class HypercallHandler {
    private final Guest guest;
    private final HypercallDispatcher dispatcher;
    private final HypercallActions actions;

    HypercallHandler(Guest guest, HypercallDispatcher dispatcher, VirtualInterrupts irqs, VirtioConsole console) {
        this.guest = guest;
        this.dispatcher = dispatcher;
        this.actions = new HypercallActions(guest, irqs, console);
    }

    /** Trap 0x1F: the synchronous hypercall in the regs page. Its result goes back in EAX. */
    void handle() {
        int call = guest.regs.get(SwitcherLayout.EAX);
        guest.hypercalls++;
        dispatcher.hypercall(actions, call);
        guest.regs.set(SwitcherLayout.EAX, 0);
    }

    /** The calls the guest queued in lguest_data's ring: on every pass of the launcher's loop. */
    void runAsync() {
        dispatcher.runAsync(actions);
    }
}
