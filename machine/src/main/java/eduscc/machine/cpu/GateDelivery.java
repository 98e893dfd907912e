package eduscc.machine.cpu;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.GateType;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.cpu.tables.Tss32;
import eduscc.machine.trace.TraceEvent;

/**
 * Delivering one interrupt or exception, and returning from it with IRET (SDM Vol. 3A §6.12
 * "Exception and Interrupt Handling", facts D.3). In real mode the vector table holds
 * segment:offset pairs. In protected mode the IDT holds gates: INT n needs CPL ≤ gate DPL; the
 * handler's code segment needs DPL ≤ CPL; a move to an inner ring takes SS:ESP from the current
 * TSS and pushes the old SS:ESP first; an interrupt gate clears IF, a trap gate leaves it.
 */
public final class GateDelivery {
    private final Core core;
    private final Registers regs;

    GateDelivery(Core core) {
        this.core = core;
        this.regs = core.regs();
    }

    void deliver(int vector, int errorCode, Interrupts.Source source) {
        if (!regs.protectedMode()) {
            deliverReal(vector, source);
            return;
        }
        boolean external = source != Interrupts.Source.SOFTWARE;
        GateDescriptor gate = core.tables().readGate(vector, external);
        int gateError = vector * 8 + 2 + (external ? 1 : 0);
        if (source == Interrupts.Source.SOFTWARE && gate.dpl() < regs.cpl()) {
            throw CpuFault.gp(vector * 8 + 2, String.format("INT 0x%X from CPL %d through a DPL %d gate",
                vector, regs.cpl(), gate.dpl()));
        }
        if (!gate.present()) {
            throw new CpuFault(Vector.NP, gateError, "IDT gate " + vector + " is not present");
        }
        if (gate.type() == GateType.TASK) {
            core.taskSwitch().switchTo(gate.selector(), TaskSwitch.Reason.INTERRUPT);
            if (errorCode != CpuFault.NO_ERROR_CODE) {
                core.stack().push(errorCode, 4);
            }
            core.trace(new TraceEvent.InterruptDelivered(vector, errorCode, "task", regs.cpl(), regs.cpl(), regs.eip));
            return;
        }
        if (gate.type().isCallGate()) {
            throw CpuFault.gp(gateError, "IDT entry " + vector + " is a call gate");
        }
        deliverThroughGate(vector, errorCode, gate, source);
    }

    private void deliverThroughGate(int vector, int errorCode, GateDescriptor gate, Interrupts.Source source) {
        Selector target = gate.selector();
        SegmentDescriptor code = core.segmentation().readCode(target);
        int cpl = regs.cpl();
        if (!code.isCode() || code.dpl() > cpl) {
            throw CpuFault.gp(target.value() & 0xFFFC, String.format(
                "handler segment %s for vector %d: need a code segment with DPL <= CPL %d", target, vector, cpl));
        }
        if (!code.present()) {
            throw new CpuFault(Vector.NP, target.value() & 0xFFFC, "handler segment " + target + " is not present");
        }
        int newCpl = code.isConforming() ? cpl : code.dpl();
        int size = gate.type().is32Bit() ? 4 : 2;
        int oldEflags = regs.eflags;
        int oldCs = regs.cs().selector();
        int returnEip = regs.eip;
        RegisterState before = new RegisterState(regs);
        try {
            boolean inner = newCpl < cpl;
            if (inner) {
                switchToInnerStack(newCpl, size);
            }
            pushFrame(size, oldEflags, oldCs, returnEip, errorCode, inner);
        } catch (CpuFault f) {
            before.restore(regs);
            throw f;
        }
        int offset = size == 4 ? gate.offset() : gate.offset() & 0xFFFF;
        core.segmentation().loadCodeAt(target, newCpl, offset);
        regs.eip = offset;
        regs.eflags &= ~(Eflags.TF | Eflags.NT | Eflags.RF | Eflags.VM);
        if (gate.type().clearsInterruptFlag()) {
            regs.eflags &= ~Eflags.IF;
        }
        core.chargeDelivery(source == Interrupts.Source.SOFTWARE, entryCost(source, newCpl < cpl));
        core.trace(new TraceEvent.InterruptDelivered(vector, errorCode, gate.type().sdmName(), cpl, newCpl, returnEip));
    }

    /** EFLAGS, CS, EIP and the error code; onto an inner ring's stack as supervisor accesses. */
    private void pushFrame(int size, int eflags, int cs, int eip, int errorCode, boolean inner) {
        push(eflags, size, inner);
        push(cs, size, inner);
        push(eip, size, inner);
        if (errorCode != CpuFault.NO_ERROR_CODE) {
            push(errorCode, size, inner);
        }
    }

    private void push(int value, int size, boolean inner) {
        if (inner) {
            core.stack().pushAsSupervisor(value, size);
        } else {
            core.stack().push(value, size);
        }
    }

    /** Reads SSn:ESPn of the target ring from the current TSS and pushes the old SS:ESP there. */
    private void switchToInnerStack(int newCpl, int size) {
        SegmentRegister tr = regs.tr;
        int espOffset = Tss32.ESP0 + 8 * newCpl;
        if (espOffset + 5 > tr.limit()) {
            throw new CpuFault(Vector.TS, tr.selector() & 0xFFFC, "the current TSS is too short for the ring-" + newCpl + " stack");
        }
        int newEsp = core.memory().readLinear(tr.base() + espOffset, 4, false);
        int newSs = core.memory().readLinear(tr.base() + espOffset + 4, 2, false) & 0xFFFF;
        int oldSs = regs.ss().selector();
        int oldEsp = regs.esp();
        try {
            core.segmentation().loadStack(Selector.of(newSs), newCpl);
        } catch (CpuFault f) {
            throw new CpuFault(Vector.TS, newSs & 0xFFFC, "ring-" + newCpl + " stack in the TSS is invalid: " + f.getMessage());
        }
        regs.setEsp(newEsp);
        core.stack().pushAsSupervisor(oldSs, size);
        core.stack().pushAsSupervisor(oldEsp, size);
    }

    private static int entryCost(Interrupts.Source source, boolean inner) {
        if (source == Interrupts.Source.SOFTWARE) {
            return inner ? InstructionCosts.INT_TO_INNER : InstructionCosts.INT_SAME_PRIVILEGE;
        }
        return inner ? InstructionCosts.EXCEPTION_TO_INNER : InstructionCosts.EXCEPTION_SAME_PRIVILEGE;
    }

    /** Real mode: FLAGS, CS and IP are pushed and CS:IP loaded from the 4-byte vector entry. */
    private void deliverReal(int vector, Interrupts.Source source) {
        int entry = vector * 4;
        if (entry + 3 > regs.idtrLimit) {
            throw CpuFault.gp(0, "vector " + vector + " is beyond the real-mode vector table limit");
        }
        int offset = core.memory().readLinear(regs.idtrBase + entry, 2, false) & 0xFFFF;
        int segment = core.memory().readLinear(regs.idtrBase + entry + 2, 2, false) & 0xFFFF;
        int returnIp = regs.eip & 0xFFFF;
        StackOps stack = core.stack();
        stack.push(regs.eflags, 2);
        stack.push(regs.cs().selector(), 2);
        stack.push(returnIp, 2);
        regs.eflags &= ~(Eflags.IF | Eflags.TF | Eflags.AC);
        regs.cs().loadReal(segment);
        regs.eip = offset;
        core.chargeDelivery(source == Interrupts.Source.SOFTWARE, InstructionCosts.INT_REAL);
        core.trace(new TraceEvent.InterruptDelivered(vector, CpuFault.NO_ERROR_CODE, "real-mode vector", 0, 0, returnIp));
    }

    /**
     * IRET / IRETD (SDM Vol. 2 "IRET"): back to the same ring, to an outer ring, or along the task
     * link. A fault leaves the interrupted handler's state as it was (unless a task switch had
     * already happened: then the fault belongs to the new task), so the IRET can be restarted.
     */
    public void iret(boolean operand32) {
        RegisterState before = new RegisterState(regs);
        try {
            iretUnchecked(operand32);
        } catch (CpuFault fault) {
            if (regs.tr.selector() == before.taskRegister()) {
                before.restore(regs);
            }
            throw fault;
        }
        core.interrupts().iretExecuted();
    }

    private void iretUnchecked(boolean operand32) {
        int size = operand32 ? 4 : 2;
        if (!regs.protectedMode()) {
            iretReal(size);
            return;
        }
        if ((regs.eflags & Eflags.NT) != 0) {
            core.taskSwitch().returnToPreviousTask();
            return;
        }
        StackOps stack = core.stack();
        int eip = stack.peek(0, size);
        int cs = stack.peek(size, size) & 0xFFFF;
        int eflags = stack.peek(2 * size, size);
        Selector selector = Selector.of(cs);
        int cpl = regs.cpl();
        if (selector.rpl() < cpl) {
            throw CpuFault.gp(cs & 0xFFFC, "IRET to ring " + selector.rpl() + " from ring " + cpl);
        }
        SegmentDescriptor code = core.segmentation().readCode(selector);
        boolean allowed = code.isCode() && (code.isConforming() ? code.dpl() <= selector.rpl() : code.dpl() == selector.rpl());
        if (!allowed) {
            throw CpuFault.gp(cs & 0xFFFC, "IRET to " + selector + ": " + code.describe());
        }
        stack.pop(size);
        stack.pop(size);
        stack.pop(size);
        if (selector.rpl() > cpl) {
            int esp = stack.pop(size);
            int ss = stack.pop(size) & 0xFFFF;
            core.segmentation().loadStack(Selector.of(ss), selector.rpl());
            regs.setEsp(esp);
        }
        core.segmentation().loadCodeAt(selector, selector.rpl(), size == 4 ? eip : eip & 0xFFFF);
        regs.eip = size == 4 ? eip : eip & 0xFFFF;
        writeEflags(eflags, size, cpl);
        if (selector.rpl() > cpl) {
            core.segmentation().nullifyInaccessible(selector.rpl());
        }
        core.chargeInstruction(selector.rpl() > cpl ? InstructionCosts.IRET_OUTER : InstructionCosts.IRET_SAME);
        core.trace(new TraceEvent.InterruptReturn(regs.cpl(), regs.eip));
    }

    /**
     * IRET's EFLAGS load: IF changes only when CPL ≤ IOPL and IOPL only at CPL 0 (facts D.3). RF
     * comes from the frame: that is how a debugger returns past an instruction breakpoint (SDM
     * Vol. 3A §2.3 "RF"). VM stays (virtual-8086 mode is not modelled).
     */
    public void writeEflags(int value, int size, int cpl) {
        load(value, size, cpl, Eflags.WRITABLE & ~Eflags.VM);
    }

    /**
     * POPF/POPFD (SDM Vol. 2B "POPF/POPFD"): the same privilege rules as IRET, but RF, VIP, VIF and
     * VM never change (VIP and VIF need CR4.VME, which this model does not have, so they are never
     * writable here). A 16-bit POPF changes only the low 16 bits.
     */
    public void popFlags(int value, int size, int cpl) {
        load(value, size, cpl, Eflags.WRITABLE & ~(Eflags.VM | Eflags.RF));
    }

    private void load(int value, int size, int cpl, int changeable) {
        if (cpl > Eflags.iopl(regs.eflags)) {
            changeable &= ~Eflags.IF;
        }
        if (cpl != 0) {
            changeable &= ~Eflags.IOPL;
        }
        if (size == 2) {
            changeable &= 0xFFFF;
        }
        regs.eflags = (regs.eflags & ~changeable) | (value & changeable) | Eflags.RESERVED_ONE;
    }

    private void iretReal(int size) {
        StackOps stack = core.stack();
        int ip = stack.pop(size);
        int cs = stack.pop(size) & 0xFFFF;
        int flags = stack.pop(size);
        regs.cs().loadReal(cs);
        regs.eip = size == 4 ? ip : ip & 0xFFFF;
        writeEflags(flags, size, 0);
        core.chargeInstruction(InstructionCosts.IRET_REAL);
        core.trace(new TraceEvent.InterruptReturn(0, regs.eip));
    }
}
