package eduscc.machine.x86.disasm;

/**
 * MOV in all its encodings and the other instructions that copy without computing (SDM Vol. 1
 * §7.3.1 "Data Transfer Instructions"): MOVZX/MOVSX, LEA, XCHG, CBW/CWDE/CWD/CDQ, the moves to and
 * from segment and control registers, and LDS/LES/LSS/LFS/LGS, which load a far pointer.
 *
 * <p>MOV has short forms from the 8086: B0+r/B8+r put an immediate in a register without ModR/M,
 * and A0-A3 move the accumulator to or from an address written in full ("moffs"), as wide as the
 * address size.
 */
final class MoveForms {
    private static final String[] CONTROL_REGISTERS = {"cr0", null, "cr2", "cr3", "cr4", null, null, null};

    private MoveForms() {
    }

    /** 88-8B: MOV with the d/w bits of the ALU forms; 88/89 write r/m, 8A/8B write reg. */
    static Spelling mov(Decoding d, int opcode) {
        int size = (opcode & 1) == 0 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        ModRm m = ModRm.read(d);
        return opcode <= 0x89
                ? Spelling.of("mov", m.operand(size, false), m.regOperand(size))
                : Spelling.of("mov", m.regOperand(size), m.operand(size, false));
    }

    /** 8C: MOV r/m, Sreg; into a register the selector is zero-extended to the operand size, to memory it is a word. */
    static Spelling movFromSegment(Decoding d) {
        ModRm m = ModRm.read(d);
        String segment = OperandText.segment(m.reg);
        if (m.isRegister()) {
            d.sizeShown();
            return Spelling.of("mov", m.operand(d.operandSize(), false), segment);
        }
        return Spelling.of("mov", m.memory(), segment);
    }

    /** 8E: MOV Sreg, r/m16. Loading CS this way is #UD: CS changes only with a far transfer. */
    static Spelling movToSegment(Decoding d) {
        ModRm m = ModRm.read(d);
        if (m.reg == 1) {
            throw new NotAnInstruction();
        }
        return Spelling.of("mov", OperandText.segment(m.reg), m.operand(2, false));
    }

    /** 8D: LEA reg, m computes an address without touching memory; a register operand is #UD. */
    static Spelling lea(Decoding d) {
        d.sizeShown();
        ModRm m = ModRm.read(d);
        return Spelling.of("lea", m.regOperand(d.operandSize()), m.memory());
    }

    /** A0/A1 load and A2/A3 store the accumulator at a full address in the instruction. */
    static Spelling moffs(Decoding d, int opcode) {
        int size = (opcode & 1) == 0 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        long offset = d.unsigned(d.address32() ? 4 : 2);
        d.addressShown();
        String memory = "[" + ModRm.displacementOnly(d, OperandText.hex(offset)) + "]";
        String accumulator = OperandText.register(0, size);
        return opcode <= 0xA1 ? Spelling.of("mov", accumulator, memory) : Spelling.of("mov", memory, accumulator);
    }

    /** B0+r MOV r8, imm8 and B8+r MOV r, imm16/32. */
    static Spelling movImmediate(Decoding d, int opcode) {
        int size = opcode < 0xB8 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        return Spelling.of("mov", OperandText.register(opcode & 7, size), OperandText.immediate(d.unsigned(size), size));
    }

    /** C6/C7 /0: MOV r/m, imm; the other reg values are undefined on the P54C. */
    static Spelling movRmImmediate(Decoding d, int opcode) {
        int size = opcode == 0xC6 ? 1 : d.operandSize();
        ModRm m = ModRm.read(d);
        if (m.reg != 0) {
            throw new NotAnInstruction();
        }
        if (size != 1) {
            d.sizeShown();
        }
        return Spelling.of("mov", m.operand(size, true), OperandText.immediate(d.unsigned(size), size));
    }

    /**
     * 86/87: XCHG reg, r/m, written with the reg field first, which is the order the kit's
     * assembler reads two registers in. With memory it is locked even without LOCK.
     */
    static Spelling xchg(Decoding d, int opcode) {
        int size = opcode == 0x86 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        ModRm m = ModRm.read(d);
        if (!m.isRegister()) {
            d.lockable();
        }
        return Spelling.of("xchg", m.regOperand(size), m.operand(size, false));
    }

    /** 91-97: XCHG eAX, reg in one byte; 90 would be XCHG eAX, eAX, which is NOP. */
    static Spelling xchgAccumulator(Decoding d, int code) {
        d.sizeShown();
        int size = d.operandSize();
        return Spelling.of("xchg", OperandText.register(0, size), OperandText.register(code, size));
    }

    /** 98 CBW/CWDE and 99 CWD/CDQ: one opcode each, named by the operand size. */
    static Spelling convert(Decoding d, int opcode) {
        d.sizeShown();
        boolean dword = d.operandSize() == 4;
        if (opcode == 0x98) {
            return Spelling.of(dword ? "cwde" : "cbw");
        }
        return Spelling.of(dword ? "cdq" : "cwd");
    }

    /** 0F B6/B7 MOVZX and 0F BE/BF MOVSX: a byte or word source, widened to the operand size. */
    static Spelling extend(Decoding d, String name, int sourceSize) {
        d.sizeShown();
        ModRm m = ModRm.read(d);
        return Spelling.of(name, m.regOperand(d.operandSize()), m.operand(sourceSize, true));
    }

    /**
     * 0F 20 MOV r32, CRn and 0F 22 MOV CRn, r32. The CPU ignores the mod field (the operand is
     * always a register) and the operand size, so the byte is read here rather than as an address.
     * CR1 and CR5-CR7 do not exist: #UD.
     */
    static Spelling control(Decoding d, boolean toControl) {
        int modrm = d.next8();
        String control = CONTROL_REGISTERS[(modrm >>> 3) & 7];
        if (control == null) {
            throw new NotAnInstruction();
        }
        String general = OperandText.register(modrm & 7, 4);
        return toControl ? Spelling.of("mov", control, general) : Spelling.of("mov", general, control);
    }

    /**
     * C4 LES, C5 LDS, 0F B2 LSS, 0F B4 LFS, 0F B5 LGS: reg and a segment register from a far
     * pointer in memory. BOUND (62) has the same shape: reg and a pair of bounds in memory.
     */
    static Spelling loadFarPointer(Decoding d, String name) {
        d.sizeShown();
        ModRm m = ModRm.read(d);
        return Spelling.of(name, m.regOperand(d.operandSize()), m.memory());
    }
}
