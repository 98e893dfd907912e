package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Registers;

/**
 * The data-transfer instructions of SDM Vol. 1 §7.3.1 "Data Transfer Instructions" that are not
 * stack or segment instructions: MOV in its register, memory, immediate and moffs forms, MOVZX,
 * MOVSX, LEA, XCHG, NOP, the sign extensions CBW/CWDE and CWD/CDQ, the table lookup XLAT and
 * the byte swap BSWAP. None of them touch the flags.
 */
final class DataTransfer {
    private DataTransfer() {
    }

    /** 88, 89: MOV r/m, reg. */
    static int movRmReg(InstructionContext c, int size) {
        c.decodeModRm();
        c.rm.write(size, c.readReg(c.reg, size));
        return InstructionCosts.MOV;
    }

    /** 8A, 8B: MOV reg, r/m. */
    static int movRegRm(InstructionContext c, int size) {
        c.decodeModRm();
        c.writeReg(c.reg, size, c.rm.read(size));
        return InstructionCosts.MOV;
    }

    /** C6 /0, C7 /0: MOV r/m, imm (the immediate follows the displacement). */
    static int movRmImmediate(InstructionContext c, int size) {
        c.decodeModRm();
        if (c.reg != 0) {
            throw c.unknown();
        }
        c.rm.write(size, c.code.immediate(size));
        return InstructionCosts.MOV;
    }

    /** B0+r, B8+r: MOV reg, imm. */
    static int movRegImmediate(InstructionContext c, int index, int size) {
        c.writeReg(index, size, c.code.immediate(size));
        return InstructionCosts.MOV;
    }

    /**
     * A0-A3: MOV between the accumulator and a memory offset given in the instruction (moffs),
     * as wide as the address size, in DS unless overridden.
     */
    static int movOffset(InstructionContext c, int opcode) {
        int offset = c.address32 ? c.code.next32() : c.code.next16();
        int size = (opcode & 1) == 0 ? 1 : c.operandSize();
        int segment = c.dataSegment(Registers.DS);
        if (opcode <= 0xA1) {
            c.writeReg(Registers.EAX, size, c.memory.read(segment, offset, size));
        } else {
            c.memory.write(segment, offset, size, c.readReg(Registers.EAX, size));
        }
        return InstructionCosts.MOV;
    }

    /** 0F B6/B7 MOVZX and 0F BE/BF MOVSX: a byte or word widened to the operand size. */
    static int movExtend(InstructionContext c, int sourceSize, boolean signed) {
        c.decodeModRm();
        int value = c.rm.read(sourceSize);
        c.writeReg(c.reg, c.operandSize(), signed ? Flags.signExtend(value, sourceSize) : value);
        return InstructionCosts.MOVX;
    }

    /** 8D: LEA reg, m — the effective address itself, cut or zero-extended to the operand size. */
    static int lea(InstructionContext c) {
        c.decodeMemoryOnly("LEA");
        c.writeReg(c.reg, c.operandSize(), c.rm.offset());
        return InstructionCosts.INC_LEA;
    }

    /** 86, 87: XCHG r/m, reg. With memory it is locked implicitly, which the SCC makes expensive. */
    static int xchg(InstructionContext c, int size) {
        c.decodeModRm();
        c.checkLock(true);
        int fromRm = c.rm.read(size);
        c.rm.write(size, c.readReg(c.reg, size));
        c.writeReg(c.reg, size, fromRm);
        return c.rm.isRegister() ? InstructionCosts.XCHG : InstructionCosts.XCHG_MEM_SCC;
    }

    /** 91-97: XCHG eAX, reg. (90, XCHG eAX,eAX, is NOP.) */
    static int xchgAccumulator(InstructionContext c, int index) {
        int size = c.operandSize();
        int other = c.readReg(index, size);
        c.writeReg(index, size, c.readReg(Registers.EAX, size));
        c.writeReg(Registers.EAX, size, other);
        return InstructionCosts.XCHG_EAX;
    }

    static int nop() {
        return InstructionCosts.NOP;
    }

    /** 98: CBW (AL → AX) or, with 32-bit operands, CWDE (AX → EAX). */
    static int convertAccumulator(InstructionContext c) {
        Registers regs = c.regs;
        if (c.operand32) {
            regs.set(Registers.EAX, (short) regs.get16(Registers.EAX));
        } else {
            regs.set16(Registers.EAX, (byte) regs.get8(Registers.EAX));
        }
        return InstructionCosts.CONVERT;
    }

    /** 99: CWD (AX → DX:AX) or CDQ (EAX → EDX:EAX): the high half is filled with the sign. */
    static int convertToDouble(InstructionContext c) {
        Registers regs = c.regs;
        if (c.operand32) {
            regs.set(Registers.EDX, regs.get(Registers.EAX) >> 31);
        } else {
            regs.set16(Registers.EDX, (short) regs.get16(Registers.EAX) >> 15);
        }
        return InstructionCosts.CONVERT;
    }

    /**
     * D7: XLAT loads AL from the byte table at DS:(E)BX (a segment override may replace DS),
     * indexed by AL as an unsigned number: a translation table in one instruction.
     */
    static int xlat(InstructionContext c) {
        Registers regs = c.regs;
        int offset = regs.get(Registers.EBX) + (regs.get(Registers.EAX) & 0xFF);
        int address = c.address32 ? offset : offset & 0xFFFF;
        regs.set8(Registers.EAX, c.memory.read(c.dataSegment(Registers.DS), address, 1));
        return InstructionCosts.XLAT;
    }

    /**
     * 0F C8+r: BSWAP r32 reverses the byte order (big-endian network data, SDM Vol. 2 "BSWAP").
     * With a 16-bit operand size the SDM calls the result undefined; QEMU 7.2, our reference,
     * swaps all 32 bits as if the prefix were not there, and so does this model.
     */
    static int bswap(InstructionContext c, int index) {
        c.regs.set(index, Integer.reverseBytes(c.regs.get(index)));
        return InstructionCosts.BSWAP;
    }
}
