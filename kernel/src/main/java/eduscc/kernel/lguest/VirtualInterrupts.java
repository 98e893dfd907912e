package eduscc.kernel.lguest;

import eduscc.kernel.arch.Apic;
import eduscc.machine.cpu.Eflags;

/**
 * lguest's virtual interrupts (interrupts_and_traps.c, facts C.4): the host keeps a bitmap of
 * the guest's pending IRQs (32 of them) and, before each entry into the guest, delivers the first
 * one the guest has not blocked, through the guest's IDT entry 32 + IRQ, as the processor would
 * (the frame on the guest's stack, the virtual interrupt flag off). If the guest has interrupts
 * off (lguest_data.irq_enabled is 0), the host only sets irq_pending, and the guest asks again
 * with LHCALL_SEND_INTERRUPTS once it turns them on. Nothing is injected while the guest's EIP
 * is in its no-interrupt window (noirq_start..noirq_end).
 *
 * <p>The only source so far is the guest's clock (LHCALL_SET_CLOCKEVENT: IRQ 0 after so many
 * nanoseconds, once). ASSUMPTION: lguest arms an hrtimer; the kit's host looks at the guest's
 * deadline at every pass of the launcher's loop and, while the guest halts, sleeps in its own
 * timer ticks, so the guest's clock is as fine as the host's timer (a lab sets the host's rate).
 */
final class VirtualInterrupts {
    static final int IRQ_BASE = 32;
    static final int CLOCK_IRQ = 0;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** No clock event armed. */
    static final long DISARMED = -1;

    private final Guest guest;
    private final GuestInterrupts interrupts;
    private int pending;
    private long clockDeadline = DISARMED;

    VirtualInterrupts(Guest guest, GuestInterrupts interrupts) {
        this.guest = guest;
        this.interrupts = interrupts;
    }

    /** LHCALL_SET_CLOCKEVENT: IRQ 0 after {@code nanoseconds} from {@code now} (core cycles); 0 disarms. */
    void setClockEvent(long now, long nanoseconds) {
        clockDeadline = nanoseconds <= 0 ? DISARMED : now + (nanoseconds * Apic.CORE_HZ + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }

    /** The core cycle at which the clock fires, or {@link #DISARMED}. */
    long clockDeadline() {
        return clockDeadline;
    }

    /** The clock's deadline has come at {@code now}: IRQ 0 is pending. */
    void checkClock(long now) {
        if (clockDeadline != DISARMED && now >= clockDeadline) {
            clockDeadline = DISARMED;
            pending |= 1 << CLOCK_IRQ;
        }
    }

    /** A device's IRQ (lguest's LHREQ_IRQ from the launcher): pending until delivered. */
    void raise(int irq) {
        pending |= 1 << irq;
    }

    boolean anyPending() {
        return pending != 0;
    }

    /**
     * Before an entry: the first pending IRQ the guest has not blocked, delivered if it may be.
     * The bitmap is the host's own, so with nothing pending the guest's memory is not read.
     */
    void deliverPending(long now) {
        if (pending == 0 || guest.lguestData == Guest.NO_DATA) {
            return;
        }
        int deliverable = pending & ~guest.memory.read32(guest.lguestData + LguestData.BLOCKED_INTERRUPTS);
        if (deliverable == 0 || inNoIrqWindow()) {
            return;
        }
        if (guest.halted) {
            guest.halted = false;
            guest.memory.write32(guest.lguestData + LguestData.IRQ_ENABLED, Eflags.IF);
        } else if (guest.memory.read32(guest.lguestData + LguestData.IRQ_ENABLED) == 0) {
            guest.memory.write32(guest.lguestData + LguestData.IRQ_PENDING, Eflags.IF);
            return;
        }
        int irq = Integer.numberOfTrailingZeros(deliverable);
        if (!interrupts.hasHandler(IRQ_BASE + irq)) {
            throw new GuestFault("IRQ " + irq + " is pending and it has no handler for vector " + (IRQ_BASE + irq));
        }
        interrupts.deliver(IRQ_BASE + irq, false);
        pending &= ~(1 << irq);
        writeTime(now);
        if ((pending & ~guest.memory.read32(guest.lguestData + LguestData.BLOCKED_INTERRUPTS)) == 0) {
            guest.memory.write32(guest.lguestData + LguestData.IRQ_PENDING, 0);
        }
    }

    private boolean inNoIrqWindow() {
        int eip = guest.regs.get(SwitcherLayout.EIP);
        int start = guest.memory.read32(guest.lguestData + LguestData.NOIRQ_START);
        int end = guest.memory.read32(guest.lguestData + LguestData.NOIRQ_END);
        return Integer.compareUnsigned(eip, start) >= 0 && Integer.compareUnsigned(eip, end) < 0;
    }

    /** lguest_data.time: the time since the core left reset, from its cycle counter. */
    private void writeTime(long now) {
        long nanos = now * NANOS_PER_SECOND / Apic.CORE_HZ;
        guest.memory.write32(guest.lguestData + LguestData.TIME, (int) (nanos / NANOS_PER_SECOND));
        guest.memory.write32(guest.lguestData + LguestData.TIME + 4, (int) (nanos % NANOS_PER_SECOND));
    }
}
