package eduscc.machine.cpu;

import eduscc.machine.trace.TraceEvent;

/**
 * When and how a core takes interrupts and exceptions (SDM Vol. 3A ch. 6): pending sources are
 * checked at every instruction boundary, NMI first, then the APIC's highest vector if IF is set;
 * a fault while delivering a fault becomes a double fault, and a fault while delivering a double
 * fault shuts the core down (§6.15 "Interrupt 8", triple fault). Delivery itself is
 * {@link GateDelivery}.
 *
 * <p>The single-step trap (Vol. 3B §17.3.1.4): an x86 instruction that starts with TF set and
 * completes is followed by #DB, ahead of NMI and external interrupts (§6.9 Table 6-2, "traps on
 * the previous instruction"). Because TF is sampled at the start, the POPF or IRET that sets TF
 * does not trap, and IRET's TF takes effect after the next instruction. Any event delivered during
 * the instruction (a fault, or INT n, INT3, INTO, whose gates clear TF) discards the trap: the
 * handler runs unstepped and the trap resumes after its IRET. DR6 is not modelled (MOV DRn is
 * outside the interpreter's subset), so there is no DR6.BS to set. TF steps interpreted x86
 * instructions only: the kernel's Java code runs machine operations, not instructions a debugger
 * could step, so no trap follows them.
 */
public final class Interrupts {
    /** How an event got here: INT n checks the gate's DPL, hardware sources do not (§6.12.1.1). */
    public enum Source { SOFTWARE, EXCEPTION, EXTERNAL }

    private final Core core;
    private final Registers regs;
    private final InterruptLines lines = new InterruptLines();
    private final GateDelivery delivery;
    private boolean shadow;
    private boolean stackShadow;
    private boolean singleStep;
    private boolean nmiBlocked;

    Interrupts(Core core) {
        this.core = core;
        this.regs = core.regs();
        this.delivery = new GateDelivery(core);
    }

    void reset() {
        lines.clear();
        shadow = false;
        stackShadow = false;
        singleStep = false;
        nmiBlocked = false;
    }

    /** A LINT wire changes level; it reaches the pin at {@code arrival} (global time). */
    public void lintChange(int pin, boolean asserted, long arrival) {
        lines.add(pin, asserted, arrival);
    }

    /** After an NMI, further NMIs wait until the next IRET (SDM §6.7.1). */
    void iretExecuted() {
        nmiBlocked = false;
    }

    /** STI and MOV SS hold off interrupts until after the next instruction (§6.8.3). */
    public void inhibitForOneInstruction() {
        shadow = true;
    }

    /**
     * MOV SS and POP SS also hold off debug exceptions, the single-step trap among them, so that the
     * MOV ESP that follows completes the stack switch first (§6.8.3); the trap comes after it.
     */
    public void inhibitAfterStackLoad() {
        shadow = true;
        stackShadow = true;
    }

    /** An x86 instruction starts: TF now decides whether #DB follows it. */
    void instructionStarting() {
        singleStep = (regs.eflags & Eflags.TF) != 0;
    }

    /**
     * The boundary check: apply arrived wires, run the timer, deliver the most urgent event.
     *
     * @return true when an event was delivered (CS:EIP now points at its handler)
     */
    boolean takePending() {
        catchUp();
        boolean stepTrap = singleStep && !stackShadow;
        singleStep = false;
        stackShadow = false;
        if (stepTrap) {
            core.trace(new TraceEvent.InterruptRaised(Vector.DB, "single-step trap (TF)"));
            deliver(Vector.DB, CpuFault.NO_ERROR_CODE, Source.EXCEPTION);
        }
        if (shadow) {
            shadow = false;
            return stepTrap;
        }
        LocalApic apic = core.apic();
        if (apic.nmiPending() && !nmiBlocked) {
            apic.acceptNmi();
            nmiBlocked = true;
            deliver(Vector.NMI, CpuFault.NO_ERROR_CODE, Source.EXTERNAL);
            return true;
        }
        if (regs.interruptsEnabled()) {
            int vector = apic.highestDeliverable();
            if (vector >= 0) {
                apic.accept(vector);
                deliver(vector, CpuFault.NO_ERROR_CODE, Source.EXTERNAL);
                return true;
            }
        }
        return stepTrap;
    }

    private void catchUp() {
        lines.applyArrived(core.time(), core.apic());
        core.apic().advanceTimer(core.cycles());
    }

    /** True when something would be taken at the next boundary (what HLT waits for). */
    public boolean hasDeliverable() {
        catchUp();
        LocalApic apic = core.apic();
        return apic.nmiPending() && !nmiBlocked || regs.interruptsEnabled() && apic.highestDeliverable() >= 0;
    }

    /** The earliest global time at which a halted core could have something to take. */
    public long nextWakeTime() {
        if (hasDeliverable()) {
            return core.time();
        }
        long wake = lines.nextArrival();
        long deadline = core.apic().timerDeadline();
        if (regs.interruptsEnabled() && core.apic().timerArmed()) {
            long timerTime = core.time() + Math.max(0, deadline - core.cycles()) * core.unitsPerCycle();
            wake = Math.min(wake, timerTime);
        }
        return wake;
    }

    /** An exception raised while executing an instruction or operation. */
    public void deliverFault(CpuFault fault) {
        core.trace(new TraceEvent.InterruptRaised(fault.vector(), fault.describe()));
        if (fault.vector() == Vector.PF) {
            core.trace(new TraceEvent.PageFault(regs.cr2, fault.errorCode()));
        }
        deliver(fault.vector(), fault.errorCode(), Source.EXCEPTION);
    }

    /**
     * Delivers one event, escalating to #DF and to shutdown the way §6.15 Table 6-5 says. A fault
     * while delivering INT n, INT3 or INTO is a fault of that instruction (a gate DPL below CPL is
     * #GP with CS:EIP on the INT, Vol. 2 "INT n"): it is thrown to the caller, which restarts the
     * instruction's EIP and delivers the fault, instead of being escalated here.
     */
    public void deliver(int vector, int errorCode, Source source) {
        singleStep = false;
        try {
            delivery.deliver(vector, errorCode, source);
        } catch (CpuFault second) {
            if (source == Source.SOFTWARE) {
                throw second;
            }
            escalate(vector, second);
        }
    }

    private void escalate(int first, CpuFault second) {
        String chain = second.describe() + " while delivering " + Vector.name(first);
        if (first == Vector.DF) {
            throw core.shutdown(chain);
        }
        core.trace(new TraceEvent.InterruptRaised(second.vector(), chain));
        if (isDoubleFault(first, second.vector())) {
            deliver(Vector.DF, 0, Source.EXCEPTION);
        } else {
            deliver(second.vector(), second.errorCode(), Source.EXCEPTION);
        }
    }

    /** Contributory after contributory, or a contributory or #PF after a #PF (Table 6-5). */
    private static boolean isDoubleFault(int first, int second) {
        boolean secondSerious = Vector.isContributory(second) || second == Vector.PF;
        if (first == Vector.PF) {
            return secondSerious;
        }
        return Vector.isContributory(first) && Vector.isContributory(second);
    }

    public GateDelivery gates() {
        return delivery;
    }
}
