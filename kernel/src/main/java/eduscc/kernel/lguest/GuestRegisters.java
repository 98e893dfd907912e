package eduscc.kernel.lguest;

import eduscc.machine.cpu.Operations;

/**
 * The guest's registers as the host reads and writes them: {@code struct lguest_regs} in the regs
 * page (facts C.3), where the Switcher left them on the way out and will pop them on the way in.
 * Every access is a load or store of the host, charged as such.
 */
final class GuestRegisters {
    private final Operations ops;

    GuestRegisters(Operations ops) {
        this.ops = ops;
    }

    int get(int field) {
        return ops.read32(field);
    }

    void set(int field, int value) {
        ops.write32(field, value);
    }

    /**
     * LHREQ_INITIALIZE's registers: ring-1 segments, EFLAGS.IF set, EIP at the entry; no trap
     * yet. lguest points ESI at the guest's boot_params; the kit's guests need one number from
     * them, where their RAM ends and lguest's device page begins, so ESI holds that. The other
     * general registers stay zero (the regs page came zeroed from the frame pool).
     */
    void initialize(GuestProgram image, int devicePage) {
        set(SwitcherLayout.ESI, devicePage);
        set(SwitcherLayout.DS, GuestLayout.KERNEL_DS);
        set(SwitcherLayout.ES, GuestLayout.KERNEL_DS);
        set(SwitcherLayout.SS, GuestLayout.KERNEL_DS);
        set(SwitcherLayout.CS, GuestLayout.KERNEL_CS);
        set(SwitcherLayout.EFLAGS, GuestLayout.INITIAL_EFLAGS);
        set(SwitcherLayout.EIP, image.entry());
        set(SwitcherLayout.ESP, image.stackTop());
        set(SwitcherLayout.TRAPNUM, SwitcherLayout.NO_TRAP);
    }
}
