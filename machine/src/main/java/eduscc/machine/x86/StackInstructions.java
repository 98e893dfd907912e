package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.StackOps;

/**
 * PUSH, POP, PUSHA, POPA, PUSHF and POPF (SDM Vol. 1 §6.2 "Stacks", Vol. 2 for each). The
 * operand size decides how many bytes go on the stack; SS.B decides whether ESP or SP moves
 * (that is {@link StackOps}). A fault part way through (a push that crosses into a missing
 * page) leaves nothing behind, because the interpreter puts ESP back.
 */
final class StackInstructions {
    private StackInstructions() {
    }

    /** 50+r: PUSH reg. PUSH ESP pushes the value ESP had before the instruction. */
    static int pushRegister(InstructionContext c, int index) {
        int size = c.operandSize();
        c.stack.push(c.readReg(index, size), size);
        return InstructionCosts.PUSH_POP;
    }

    /** 58+r: POP reg. POP ESP loads ESP with the popped value. */
    static int popRegister(InstructionContext c, int index) {
        int size = c.operandSize();
        c.writeReg(index, size, c.stack.pop(size));
        return InstructionCosts.PUSH_POP;
    }

    /** 68 PUSH imm16/32 and 6A PUSH imm8 (sign-extended to the operand size). */
    static int pushImmediate(InstructionContext c, int immediateSize) {
        int size = c.operandSize();
        int value = immediateSize == 1 ? c.code.nextSigned8() : c.code.immediate(size);
        c.stack.push(value, size);
        return InstructionCosts.PUSH_POP;
    }

    /** FF /6: PUSH r/m, after the ModR/M byte was decoded. */
    static int pushRm(InstructionContext c) {
        int size = c.operandSize();
        c.stack.push(c.rm.read(size), size);
        return c.rm.isRegister() ? InstructionCosts.PUSH_POP : InstructionCosts.PUSH_MEM;
    }

    /**
     * 8F /0: POP r/m. When ESP is the base of the destination address, the address is formed
     * with the ESP the pop left (SDM Vol. 2 "POP").
     */
    static int popRm(InstructionContext c) {
        c.decodeModRm();
        if (c.reg != 0) {
            throw c.unknown();
        }
        int size = c.operandSize();
        int value = c.stack.pop(size);
        if (!c.rm.isRegister() && c.rm.espBase()) {
            c.rm.displace(size);
        }
        c.rm.write(size, value);
        return c.rm.isRegister() ? InstructionCosts.PUSH_POP : InstructionCosts.POP_MEM;
    }

    /** 60: PUSHA/PUSHAD pushes AX CX DX BX, the original SP, BP SI DI. */
    static int pusha(InstructionContext c) {
        int size = c.operandSize();
        int originalSp = c.readReg(Registers.ESP, size);
        for (int r = Registers.EAX; r <= Registers.EDI; r++) {
            c.stack.push(r == Registers.ESP ? originalSp : c.readReg(r, size), size);
        }
        return InstructionCosts.PUSHA_POPA;
    }

    /** 61: POPA/POPAD pops DI SI BP, skips the saved SP, then BX DX CX AX; registers change only after every pop worked. */
    static int popa(InstructionContext c) {
        int size = c.operandSize();
        for (int r = Registers.EDI; r >= Registers.EAX; r--) {
            c.popped[r] = c.stack.pop(size);
        }
        for (int r = Registers.EAX; r <= Registers.EDI; r++) {
            if (r != Registers.ESP) {
                c.writeReg(r, size, c.popped[r]);
            }
        }
        return InstructionCosts.PUSHA_POPA;
    }

    /** 9C: PUSHF/PUSHFD; the image has VM and RF clear (SDM Vol. 2 "PUSHF"). */
    static int pushf(InstructionContext c) {
        int size = c.operandSize();
        c.stack.push(c.regs.eflags & ~(Eflags.VM | Eflags.RF), size);
        return c.regs.protectedMode() ? InstructionCosts.PUSHF_PM : InstructionCosts.PUSHF_REAL;
    }

    /**
     * 9D: POPF/POPFD. IF changes only when CPL ≤ IOPL and IOPL only at CPL 0; other attempts are
     * silently ignored, not faulted; RF and VM never change (SDM Vol. 2 "POPF"). Real mode counts
     * as CPL 0. A TF set here traps after the next instruction, not after this one (§17.3.1.4).
     */
    static int popf(InstructionContext c) {
        int size = c.operandSize();
        int value = c.stack.pop(size);
        c.core.interrupts().gates().popFlags(value, size, c.regs.cpl());
        return c.regs.protectedMode() ? InstructionCosts.POPF_PM : InstructionCosts.POPF_REAL;
    }

    /** 06, 0E, 16, 1E, 0F A0, 0F A8: PUSH Sreg; with a 32-bit operand the selector is zero-extended. */
    static int pushSegment(InstructionContext c, int segment) {
        c.stack.push(c.regs.segment(segment).selector(), c.operandSize());
        return InstructionCosts.MOV_FROM_SREG;
    }

    /** 07, 17, 1F, 0F A1, 0F A9: POP Sreg, with the protected-mode descriptor checks. */
    static int popSegment(InstructionContext c, int segment) {
        int selector = c.stack.pop(c.operandSize()) & 0xFFFF;
        Segments.load(c, segment, selector);
        if (!c.regs.protectedMode()) {
            return InstructionCosts.POP_SREG_REAL;
        }
        return segment == Registers.SS ? InstructionCosts.POP_SS_PM : InstructionCosts.POP_SREG_PM;
    }
}
