package eduscc.kernel.lguest;

import eduscc.machine.cpu.ControlBits;

/**
 * MOV to and from CR0 in the guest kernel, emulated by the host. lguest's Linux guest never
 * executes them: its paravirt ops turn the lazy-FPU bit into LHCALL_TS. The kit's guest kernel
 * runs the same entry.asm as the native one, whose software switch sets CR0.TS with
 * {@code mov eax, cr0; or eax, CR0_TS; mov cr0, eax}; in ring 1 each MOV faults with #GP(0).
 * ASSUMPTION (the kit's, not lguest's): the host decodes the two forms (0F 20 /r and 0F 22 /r
 * with CR0) and does what LHCALL_TS does: the guest sees the CR0 of a paging kernel with TS as it
 * last asked, and a write changes only TS. One exit each, where lguest pays one hypercall.
 */
final class GuestControlRegister {
    /** What the guest reads: PG, WP, ET and PE, as the native kernel's CR0 after boot; TS as asked. */
    static final int GUEST_CR0 = ControlBits.CR0_PG | ControlBits.CR0_WP | ControlBits.CR0_ET | ControlBits.CR0_PE;
    /** struct lguest_regs fields by the ModRM r/m numbering: EAX, ECX, EDX, EBX, ESP, EBP, ESI, EDI. */
    private static final int[] REGISTERS = {SwitcherLayout.EAX, SwitcherLayout.ECX, SwitcherLayout.EDX, SwitcherLayout.EBX,
        SwitcherLayout.ESP, SwitcherLayout.EBP, SwitcherLayout.ESI, SwitcherLayout.EDI};

    private final Guest guest;

    GuestControlRegister(Guest guest) {
        this.guest = guest;
    }

    /** Emulates the instruction at the guest's EIP if it is a MOV to or from CR0; false if it is not. */
    boolean emulate() {
        int eip = guest.regs.get(SwitcherLayout.EIP);
        if (guest.virtual.read8(eip) != 0x0F) {
            return false;
        }
        int opcode = guest.virtual.read8(eip + 1);
        int modRm = guest.virtual.read8(eip + 2);
        if ((opcode != 0x20 && opcode != 0x22) || (modRm & 0xC0) != 0xC0 || (modRm >>> 3 & 7) != 0) {
            return false;
        }
        int register = REGISTERS[modRm & 7];
        if (opcode == 0x20) {
            guest.regs.set(register, GUEST_CR0 | (guest.taskSwitched ? ControlBits.CR0_TS : 0));
        } else {
            guest.taskSwitched = (guest.regs.get(register) & ControlBits.CR0_TS) != 0;
        }
        guest.regs.set(SwitcherLayout.EIP, eip + 3);
        return true;
    }
}
