package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Registers;

/**
 * The integer instructions of SDM Vol. 1 §7.3.2 "Binary Arithmetic Instructions", §7.3.4
 * "Logical Instructions" and §7.3.5 "Shift and Rotate Instructions" in all their encodings: the
 * r/m,reg and reg,r/m forms, the accumulator-immediate forms, group 1 (80/81/83), INC/DEC,
 * TEST, group 2 (the shifts), group 3 (F6/F7) and group 4 (FE). The arithmetic itself is
 * {@link AluOps}, {@link ShiftOps} and {@link MulDiv}; this class decodes operands, stores the
 * result and then commits the flags.
 */
final class Arithmetic {
    static final int COUNT_ONE = 0;
    static final int COUNT_CL = 1;
    static final int COUNT_IMMEDIATE = 2;

    private Arithmetic() {
    }

    /** 00, 01, 08, ...: op r/m, reg. */
    static int rmReg(InstructionContext c, int op, int size) {
        c.decodeModRm();
        c.checkLock(op != AluOps.CMP);
        int a = c.rm.read(size);
        int r = c.alu.binary(op, a, c.readReg(c.reg, size), size, c.regs.eflags);
        if (op != AluOps.CMP) {
            c.rm.write(size, r);
        }
        c.regs.eflags = c.alu.eflags();
        return rmCost(c, op == AluOps.CMP);
    }

    /** 02, 03, 0A, ...: op reg, r/m. */
    static int regRm(InstructionContext c, int op, int size) {
        c.decodeModRm();
        int r = c.alu.binary(op, c.readReg(c.reg, size), c.rm.read(size), size, c.regs.eflags);
        if (op != AluOps.CMP) {
            c.writeReg(c.reg, size, r);
        }
        c.regs.eflags = c.alu.eflags();
        return c.rm.isRegister() ? InstructionCosts.ALU : InstructionCosts.ALU_LOAD;
    }

    /** 04, 05, 0C, ...: op AL/AX/EAX, imm. */
    static int accumulatorImmediate(InstructionContext c, int op, int size) {
        int imm = c.code.immediate(size);
        int r = c.alu.binary(op, c.readReg(Registers.EAX, size), imm, size, c.regs.eflags);
        if (op != AluOps.CMP) {
            c.writeReg(Registers.EAX, size, r);
        }
        c.regs.eflags = c.alu.eflags();
        return InstructionCosts.ALU;
    }

    /** Group 1: 80 op r/m8,imm8; 81 op r/m,imm; 83 op r/m,imm8 sign-extended. The reg field is the operation. */
    static int group1(InstructionContext c, int size, int immediateSize) {
        c.decodeModRm();
        int op = c.reg;
        c.checkLock(op != AluOps.CMP);
        int imm = immediateSize == 1 ? c.code.nextSigned8() : c.code.immediate(immediateSize);
        int r = c.alu.binary(op, c.rm.read(size), imm, size, c.regs.eflags);
        if (op != AluOps.CMP) {
            c.rm.write(size, r);
        }
        c.regs.eflags = c.alu.eflags();
        return rmCost(c, op == AluOps.CMP);
    }

    /** 84, 85: TEST r/m, reg — AND without storing the result. */
    static int test(InstructionContext c, int size) {
        c.decodeModRm();
        c.alu.logic(c.rm.read(size) & c.readReg(c.reg, size), size, c.regs.eflags);
        c.regs.eflags = c.alu.eflags();
        return c.rm.isRegister() ? InstructionCosts.ALU : InstructionCosts.ALU_LOAD;
    }

    /** A8, A9: TEST AL/AX/EAX, imm. */
    static int testAccumulator(InstructionContext c, int size) {
        int imm = c.code.immediate(size);
        c.alu.logic(c.readReg(Registers.EAX, size) & imm, size, c.regs.eflags);
        c.regs.eflags = c.alu.eflags();
        return InstructionCosts.ALU;
    }

    /** 40+r: INC r16/r32. */
    static int incRegister(InstructionContext c, int index) {
        int size = c.operandSize();
        c.writeReg(index, size, c.alu.inc(c.readReg(index, size), size, c.regs.eflags));
        c.regs.eflags = c.alu.eflags();
        return InstructionCosts.INC_LEA;
    }

    /** 48+r: DEC r16/r32. */
    static int decRegister(InstructionContext c, int index) {
        int size = c.operandSize();
        c.writeReg(index, size, c.alu.dec(c.readReg(index, size), size, c.regs.eflags));
        c.regs.eflags = c.alu.eflags();
        return InstructionCosts.INC_LEA;
    }

    /** INC or DEC r/m after the ModR/M byte was decoded (FE /0 /1 and FF /0 /1). */
    static int incDecRm(InstructionContext c, boolean inc, int size) {
        c.checkLock(true);
        int a = c.rm.read(size);
        int r = inc ? c.alu.inc(a, size, c.regs.eflags) : c.alu.dec(a, size, c.regs.eflags);
        c.rm.write(size, r);
        c.regs.eflags = c.alu.eflags();
        return rmCost(c, false);
    }

    /** Group 4, FE: /0 INC r/m8, /1 DEC r/m8. */
    static int group4(InstructionContext c) {
        c.decodeModRm();
        if (c.reg > 1) {
            throw c.unknown();
        }
        return incDecRm(c, c.reg == 0, 1);
    }

    /** Group 2: C0/C1 by imm8, D0/D1 by 1, D2/D3 by CL; the reg field picks ROL ROR RCL RCR SHL SHR - SAR. */
    static int group2(InstructionContext c, int size, int countKind) {
        c.decodeModRm();
        int op = c.reg;
        if (op == 6) {
            throw c.unsupported("the undocumented SAL alias (group 2 /6)");
        }
        c.checkLock(false);
        int count = switch (countKind) {
            case COUNT_ONE -> 1;
            case COUNT_CL -> c.regs.get8(Registers.ECX);
            default -> c.code.next8();
        };
        int r = c.shifts.apply(op, c.rm.read(size), count, size, c.regs.eflags);
        if ((count & 0x1F) != 0) {
            c.rm.write(size, r);
        }
        c.regs.eflags = c.shifts.eflags();
        int cycles = shiftCost(op, countKind);
        return c.rm.isRegister() ? cycles : cycles + InstructionCosts.SHIFT_MEMORY_EXTRA;
    }

    private static int shiftCost(int op, int countKind) {
        if (op == ShiftOps.RCL || op == ShiftOps.RCR) {
            if (countKind == COUNT_ONE) {
                return InstructionCosts.SHIFT;
            }
            return op == ShiftOps.RCL ? InstructionCosts.ROTATE_CARRY : InstructionCosts.ROTATE_CARRY_RIGHT;
        }
        return countKind == COUNT_CL ? InstructionCosts.SHIFT_CL : InstructionCosts.SHIFT;
    }

    /** Group 3, F6/F7: /0 TEST imm, /2 NOT, /3 NEG, /4 MUL, /5 IMUL, /6 DIV, /7 IDIV. */
    static int group3(InstructionContext c, int size) {
        c.decodeModRm();
        int op = c.reg;
        c.checkLock(op == 2 || op == 3);
        switch (op) {
            case 0 -> {
                int imm = c.code.immediate(size);
                c.alu.logic(c.rm.read(size) & imm, size, c.regs.eflags);
                c.regs.eflags = c.alu.eflags();
                return c.rm.isRegister() ? InstructionCosts.ALU : InstructionCosts.ALU_LOAD;
            }
            case 1 -> throw c.unsupported("the undocumented TEST alias (group 3 /1)");
            case 2, 3 -> {
                int a = c.rm.read(size);
                int r = op == 2 ? c.alu.not(a, size, c.regs.eflags) : c.alu.neg(a, size, c.regs.eflags);
                c.rm.write(size, r);
                c.regs.eflags = c.alu.eflags();
                return rmCost(c, false);
            }
            case 4, 5 -> {
                return MulDiv.multiply(c, size, op == 5);
            }
            default -> {
                return MulDiv.divide(c, size, op == 7);
            }
        }
    }

    /** ALU r,r: 1; CMP or TEST with memory: 2; read-modify-write of memory: 3, or the SCC's locked cost with LOCK. */
    private static int rmCost(InstructionContext c, boolean readOnly) {
        if (c.rm.isRegister()) {
            return InstructionCosts.ALU;
        }
        if (readOnly) {
            return InstructionCosts.ALU_LOAD;
        }
        return c.lock ? InstructionCosts.LOCKED_RMW_SCC : InstructionCosts.ALU_RMW;
    }
}
