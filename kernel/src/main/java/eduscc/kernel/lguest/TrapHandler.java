package eduscc.kernel.lguest;

import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Vector;

/**
 * lguest_arch_handle_trap (facts C.4): what the host does with each way the guest came back.
 * A general-protection fault with error code 0 may be an IN or OUT, which the host emulates; a
 * page fault may only need a shadow entry; a hypercall is served; a hardware interrupt was
 * already handled by the host's own handler; anything else is reflected into the guest, or kills
 * it when the guest has no handler.
 */
final class TrapHandler {
    /** The debug port: the kit's console (as QEMU's debugcon). lguest discards OUTs; the kit shows them. */
    static final int CONSOLE_PORT = 0xE9;

    private final Guest guest;
    private final HypercallHandler hypercalls;
    private final GuestInterrupts interrupts;
    private final GuestControlRegister controlRegisters;

    TrapHandler(Guest guest, HypercallHandler hypercalls, GuestInterrupts interrupts) {
        this.guest = guest;
        this.controlRegisters = new GuestControlRegister(guest);
        this.hypercalls = hypercalls;
        this.interrupts = interrupts;
    }

    void handle(int trapnum, int errorCode) {
        switch (trapnum) {
            case Vector.GP -> {
                if (errorCode != 0 || !emulateInOut() && !controlRegisters.emulate()) {
                    reflect(trapnum, true);
                }
            }
            case Vector.PF -> {
                if (!guest.shadow.demandPage(guest.lastPageFault, errorCode)) {
                    if (guest.lguestData != Guest.NO_DATA) {
                        guest.memory.write32(guest.lguestData + LguestData.CR2, guest.lastPageFault);
                    }
                    asTheGuestWouldSeeIt(errorCode);
                    reflect(trapnum, true);
                }
            }
            case Vector.NM -> {
                if (guest.taskSwitched) {
                    reflect(trapnum, false);
                } else {
                    guest.ops.writeCr(0, guest.ops.readCr(0) & ~ControlBits.CR0_TS);
                }
            }
            case Hypercalls.TRAP_ENTRY -> hypercalls.handle();
            case SwitcherLayout.NO_TRAP -> throw new GuestFault("trap 256: a fault inside the Switcher");
            default -> {
                if (trapnum < 32 || trapnum == 0x80) {
                    reflect(trapnum, Vector.pushesErrorCode(trapnum));
                }
                // 32..255: a hardware interrupt the host's handler has already served
            }
        }
    }

    /**
     * The error code the processor gave the host describes the shadow entry, which may be missing
     * only because the host has not filled it yet. The guest must see what its own page tables
     * would have produced: if its entry is present, the fault is a protection violation (P set),
     * which is how its handler tells a copy-on-write write from a page that is not there.
     */
    private void asTheGuestWouldSeeIt(int errorCode) {
        if (guest.virtual.isPresent(guest.lastPageFault)) {
            guest.regs.set(SwitcherLayout.ERRCODE, errorCode | Paging.ERR_PRESENT);
        }
    }

    private void reflect(int vector, boolean withErrorCode) {
        if (!interrupts.hasHandler(vector)) {
            throw new GuestFault(String.format("trap %d (error code 0x%X) at 0x%08X, and it has no handler for it", vector,
                guest.regs.get(SwitcherLayout.ERRCODE), guest.regs.get(SwitcherLayout.EIP)));
        }
        interrupts.deliver(vector, withErrorCode);
    }

    /**
     * IN and OUT from ring 1 fault (IOPL is 0). The host decodes the instruction at the guest's
     * EIP: IN gives all ones, OUT is dropped, except a byte to the console port, which the host
     * prints as the guest's. Then the guest's EIP moves past the instruction.
     */
    private boolean emulateInOut() {
        int eip = guest.regs.get(SwitcherLayout.EIP);
        int length = 0;
        int opcode = guest.virtual.read8(eip);
        boolean operand16 = false;
        if (opcode == 0x66) {
            operand16 = true;
            length = 1;
            opcode = guest.virtual.read8(eip + 1);
        }
        int port;
        switch (opcode) {
            case 0xE4, 0xE5, 0xE6, 0xE7 -> {
                port = guest.virtual.read8(eip + length + 1);
                length += 2;
            }
            case 0xEC, 0xED, 0xEE, 0xEF -> {
                port = guest.regs.get(SwitcherLayout.EDX) & 0xFFFF;
                length += 1;
            }
            default -> {
                return false;
            }
        }
        boolean byteSized = (opcode & 1) == 0;
        if (opcode == 0xE4 || opcode == 0xE5 || opcode == 0xEC || opcode == 0xED) {
            int ones = byteSized ? 0xFF : operand16 ? 0xFFFF : 0xFFFFFFFF;
            guest.regs.set(SwitcherLayout.EAX, guest.regs.get(SwitcherLayout.EAX) & ~ones | ones);
        } else if (port == CONSOLE_PORT && byteSized) {
            guest.consoleByte(guest.regs.get(SwitcherLayout.EAX) & 0xFF);
        }
        guest.regs.set(SwitcherLayout.EIP, eip + length);
        return true;
    }
}
