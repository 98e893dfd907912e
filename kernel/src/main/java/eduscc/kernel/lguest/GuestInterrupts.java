package eduscc.kernel.lguest;

import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.trace.TraceEvent;

/**
 * lguest's set_guest_interrupt (facts C.4): the host makes the guest take a trap as the
 * processor would have, had the guest run on it alone. It pushes the frame onto the guest's
 * kernel stack (switching to ESP1 first when the guest was in ring 3), with the guest's virtual
 * interrupt flag in the saved EFLAGS, and points the saved CS:EIP at the guest's handler; for
 * an interrupt gate it turns the virtual interrupt flag off. The guest's own IRET undoes it.
 */
final class GuestInterrupts {
    private final Guest guest;

    GuestInterrupts(Guest guest) {
        this.guest = guest;
    }

    /** Whether the guest loaded a gate for {@code vector}. */
    boolean hasHandler(int vector) {
        return GuestGates.decode(guest.idtLow[vector], guest.idtHigh[vector]) != null;
    }

    /** Reflects {@code vector} into the guest, with the saved error code if {@code withErrorCode}. */
    void deliver(int vector, boolean withErrorCode) {
        GateDescriptor gate = GuestGates.decode(guest.idtLow[vector], guest.idtHigh[vector]);
        GuestRegisters regs = guest.regs;
        int ss = regs.get(SwitcherLayout.SS);
        int esp = regs.get(SwitcherLayout.ESP);
        if ((ss & 3) != GuestLayout.GUEST_RING) {
            int oldSs = ss;
            int oldEsp = esp;
            ss = guest.stackSegment;
            esp = guest.stackPointer;
            esp = push(esp, oldSs);
            esp = push(esp, oldEsp);
        }
        int eflags = regs.get(SwitcherLayout.EFLAGS) & ~Eflags.IF | virtualInterruptFlag();
        esp = push(esp, eflags);
        esp = push(esp, regs.get(SwitcherLayout.CS));
        esp = push(esp, regs.get(SwitcherLayout.EIP));
        if (withErrorCode) {
            esp = push(esp, regs.get(SwitcherLayout.ERRCODE));
        }
        regs.set(SwitcherLayout.SS, ss);
        regs.set(SwitcherLayout.ESP, esp);
        regs.set(SwitcherLayout.CS, GuestLayout.KERNEL_CS);
        regs.set(SwitcherLayout.EIP, gate.offset());
        if (gate.type().clearsInterruptFlag()) {
            setVirtualInterruptFlag(0);
        }
        guest.core.trace(new TraceEvent.GuestInterrupt(guest.name, vector, gate.offset()));
    }

    private int push(int esp, int value) {
        guest.virtual.write32(esp - 4, value);
        return esp - 4;
    }

    /** lguest_data.irq_enabled (0 or 512); on before the guest registered lguest_data. */
    private int virtualInterruptFlag() {
        return guest.lguestData == Guest.NO_DATA ? Eflags.IF
            : guest.memory.read32(guest.lguestData + LguestData.IRQ_ENABLED) & Eflags.IF;
    }

    private void setVirtualInterruptFlag(int value) {
        if (guest.lguestData != Guest.NO_DATA) {
            guest.memory.write32(guest.lguestData + LguestData.IRQ_ENABLED, value);
        }
    }
}
