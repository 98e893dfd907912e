package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Interrupts;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;

/**
 * Near control transfers within the current code segment (SDM Vol. 1 §6.3 "Calling Procedures
 * Using CALL and RET", §7.3.8 "Control Transfer Instructions"): JMP, Jcc, JCXZ/JECXZ, LOOP,
 * CALL and RET, plus the software interrupts INT n, INT3, INTO and their return IRET.
 *
 * <p>With a 16-bit operand size the target is cut to 16 bits (the upper half of EIP is
 * cleared), which is how real-mode code wraps around inside its 64 KiB segment. A target
 * beyond the CS limit is #GP(0), raised before anything changed.
 */
final class ControlFlow {
    private ControlFlow() {
    }

    /** Moves EIP to {@code target} (cut to the operand size) after checking it against the CS limit. */
    static void jumpNear(InstructionContext c, int target) {
        int eip = checkedTarget(c, target);
        c.regs.eip = eip;
        c.transferred = true;
    }

    static int checkedTarget(InstructionContext c, int target) {
        int eip = c.operand32 ? target : target & 0xFFFF;
        if (!c.regs.cs().within(eip, 1)) {
            throw CpuFault.gp(0, String.format("branch at %s to 0x%08X, beyond the CS limit 0x%08X",
                c.code.where(), eip, c.regs.cs().limit()));
        }
        return eip;
    }

    /** EB JMP rel8, E9 JMP rel16/32. */
    static int jmpRelative(InstructionContext c, int displacementSize) {
        int displacement = displacementSize == 1 ? c.code.nextSigned8() : c.code.immediate(displacementSize);
        jumpNear(c, c.code.position() + displacement);
        return InstructionCosts.JMP;
    }

    /** 70-7F Jcc rel8 and 0F 80-8F Jcc rel16/32. The model predicts every branch correctly: 1 cycle. */
    static int jcc(InstructionContext c, int condition, int displacementSize) {
        int displacement = displacementSize == 1 ? c.code.nextSigned8() : c.code.immediate(displacementSize);
        if (Flags.condition(condition, c.regs.eflags)) {
            jumpNear(c, c.code.position() + displacement);
        }
        return InstructionCosts.JCC;
    }

    /** E3: JCXZ (16-bit address size) or JECXZ tests CX or ECX for zero. */
    static int jcxz(InstructionContext c) {
        int displacement = c.code.nextSigned8();
        int count = c.address32 ? c.regs.get(Registers.ECX) : c.regs.get16(Registers.ECX);
        if (count != 0) {
            return InstructionCosts.JCXZ;
        }
        jumpNear(c, c.code.position() + displacement);
        return InstructionCosts.JCXZ_TAKEN;
    }

    /**
     * E0 LOOPNE, E1 LOOPE, E2 LOOP: decrement CX or ECX (by the address size) and jump while it
     * is not zero (and, for LOOPE/LOOPNE, while ZF is set/clear). The count is written only
     * once the target has passed its limit check.
     */
    static int loop(InstructionContext c, int opcode) {
        int displacement = c.code.nextSigned8();
        Registers regs = c.regs;
        int count = (c.address32 ? regs.get(Registers.ECX) : regs.get16(Registers.ECX)) - 1;
        if (!c.address32) {
            count &= 0xFFFF;
        }
        boolean zf = (regs.eflags & Eflags.ZF) != 0;
        boolean taken = count != 0 && (opcode == 0xE2 || (opcode == 0xE1) == zf);
        int target = taken ? checkedTarget(c, c.code.position() + displacement) : 0;
        if (c.address32) {
            regs.set(Registers.ECX, count);
        } else {
            regs.set16(Registers.ECX, count);
        }
        if (taken) {
            regs.eip = target;
            c.transferred = true;
        }
        if (opcode == 0xE2) {
            return taken ? InstructionCosts.LOOP_TAKEN : InstructionCosts.LOOP;
        }
        return taken ? InstructionCosts.LOOPCC_TAKEN : InstructionCosts.LOOPCC;
    }

    /** E8: CALL rel16/32 pushes the address of the next instruction. */
    static int callRelative(InstructionContext c) {
        int size = c.operandSize();
        int displacement = c.code.immediate(size);
        int next = c.code.position();
        int target = checkedTarget(c, next + displacement);
        c.stack.push(next, size);
        c.regs.eip = target;
        c.transferred = true;
        return InstructionCosts.CALL;
    }

    /** FF /2: CALL r/m — the target is read before the push, so a call through [ESP] sees the old top. */
    static int callIndirect(InstructionContext c) {
        int size = c.operandSize();
        int target = checkedTarget(c, c.rm.read(size));
        c.stack.push(c.code.position(), size);
        c.regs.eip = target;
        c.transferred = true;
        return InstructionCosts.CALL_INDIRECT;
    }

    /** FF /4: JMP r/m. */
    static int jmpIndirect(InstructionContext c) {
        jumpNear(c, c.rm.read(c.operandSize()));
        return InstructionCosts.JMP_INDIRECT;
    }

    /** C3 RET and C2 RET imm16 (then {@code release} more bytes are popped; -1 for plain RET). */
    static int ret(InstructionContext c, int release) {
        int size = c.operandSize();
        int target = checkedTarget(c, c.stack.peek(0, size));
        c.stack.pop(size);
        if (release > 0) {
            releaseStack(c, release);
        }
        c.regs.eip = target;
        c.transferred = true;
        return release < 0 ? InstructionCosts.RET : InstructionCosts.RET_IMM;
    }

    /** Drops {@code bytes} from the stack: ESP moves for a 32-bit stack segment, only SP for a 16-bit one. */
    static void releaseStack(InstructionContext c, int bytes) {
        Registers regs = c.regs;
        if (regs.stack32()) {
            regs.setEsp(regs.esp() + bytes);
        } else {
            regs.setEsp((regs.esp() & 0xFFFF0000) | ((regs.esp() + bytes) & 0xFFFF));
        }
    }

    /**
     * CD INT n and CC INT3: a trap, so EIP already points past the instruction when the gate
     * pushes it. The delivery charges its own cycles (facts: INT n, real and protected mode).
     * A fault of the delivery itself (gate DPL below CPL, a gate beyond the IDT) is a fault of
     * this instruction.
     */
    static int softwareInterrupt(InstructionContext c, int vector) {
        c.commitNextEip();
        c.savedSs.copyFrom(c.regs.ss());
        try {
            c.core.interrupts().deliver(vector, CpuFault.NO_ERROR_CODE, Interrupts.Source.SOFTWARE);
        } catch (CpuFault fault) {
            restoreStackSegment(c);
            throw fault;
        }
        return 0;
    }

    /**
     * An INT that switched to the ring-0 stack, or an IRET that loaded the outer SS, and then
     * faulted has not happened: SS goes back with ESP (which the interpreter restores). After a
     * task switch the fault belongs to the new task and SS stays.
     */
    private static void restoreStackSegment(InstructionContext c) {
        if (c.regs.tr.selector() == c.taskAtStart) {
            c.regs.ss().copyFrom(c.savedSs);
        }
    }

    /** CE: INTO raises #OF (vector 4) when OF is set, and otherwise costs 4 cycles. */
    static int into(InstructionContext c) {
        if ((c.regs.eflags & Eflags.OF) == 0) {
            return InstructionCosts.INTO;
        }
        return softwareInterrupt(c, Vector.OF);
    }

    /** CF: IRET/IRETD (the operand size picks which); it charges itself, as a machine operation does. */
    static int iret(InstructionContext c) {
        c.savedSs.copyFrom(c.regs.ss());
        try {
            c.core.interrupts().gates().iret(c.operand32);
        } catch (CpuFault fault) {
            restoreStackSegment(c);
            throw fault;
        }
        c.transferred = true;
        return 0;
    }
}
