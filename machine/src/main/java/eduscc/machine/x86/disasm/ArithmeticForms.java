package eduscc.machine.x86.disasm;

/**
 * The integer instructions of SDM Vol. 1 §7.3.2 "Binary Arithmetic Instructions" and §7.3.4
 * "Logical Instructions": the eight classic operations in their six encodings each, group 1
 * (80/81/83), TEST, INC/DEC, group 3 (F6/F7) and group 4 (FE), and IMUL in all its forms.
 *
 * <p>Operation n of ADD OR ADC SBB AND SUB XOR CMP sits at opcodes 8n..8n+5 and in the reg field
 * of group 1, so one table serves both (SDM Vol. 2A Table A-2). Where the reg field is the source
 * (the d bit clear) the r/m operand comes first: {@code add [bx], ax} is 01 07.
 */
final class ArithmeticForms {
    static final String[] OPERATIONS = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
    private static final int CMP = 7;
    /** Group 3 by reg field; /1 is an undocumented alias of TEST that the kit leaves undecoded. */
    private static final String[] GROUP3 = {"test", null, "not", "neg", "mul", "imul", "div", "idiv"};

    private ArithmeticForms() {
    }

    /**
     * 00-3D: bit 0 of the opcode is w (byte or full size), bit 1 is d (reg is the destination),
     * and forms 4 and 5 put an immediate into the accumulator without a ModR/M byte.
     */
    static Spelling classic(Decoding d, int opcode) {
        int operation = opcode >>> 3;
        int form = opcode & 7;
        int size = (form & 1) == 0 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        String name = OPERATIONS[operation];
        if (form >= 4) {
            return Spelling.of(name, OperandText.register(0, size), OperandText.immediate(d.unsigned(size), size));
        }
        ModRm m = ModRm.read(d);
        if (form >= 2) {
            return Spelling.of(name, m.regOperand(size), m.operand(size, false));
        }
        if (operation != CMP && !m.isRegister()) {
            d.lockable();
        }
        return Spelling.of(name, m.operand(size, false), m.regOperand(size));
    }

    /** Group 1: 80 op r/m8, imm8; 81 op r/m, imm; 83 op r/m, imm8 that the CPU sign-extends. */
    static Spelling group1(Decoding d, int opcode) {
        int size = opcode == 0x80 ? 1 : d.operandSize();
        ModRm m = ModRm.read(d);
        long immediate = opcode == 0x81 ? d.unsigned(size) : d.signed(1);
        if (size != 1) {
            d.sizeShown();
        }
        if (m.reg != CMP && !m.isRegister()) {
            d.lockable();
        }
        return Spelling.of(OPERATIONS[m.reg], m.operand(size, true), OperandText.immediate(immediate, size));
    }

    /** 84, 85: TEST r/m, reg. TEST only sets flags, so it has no d bit and no LOCK. */
    static Spelling test(Decoding d, int opcode) {
        int size = opcode == 0x84 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        ModRm m = ModRm.read(d);
        return Spelling.of("test", m.operand(size, false), m.regOperand(size));
    }

    /** A8, A9: TEST AL/AX/EAX, imm. */
    static Spelling testAccumulator(Decoding d, int opcode) {
        int size = opcode == 0xA8 ? 1 : d.operandSize();
        if (size != 1) {
            d.sizeShown();
        }
        return Spelling.of("test", OperandText.register(0, size), OperandText.immediate(d.unsigned(size), size));
    }

    /** 40+r INC and 48+r DEC of a word or dword register, without a ModR/M byte. */
    static Spelling incDecRegister(Decoding d, int opcode) {
        d.sizeShown();
        return Spelling.of(opcode < 0x48 ? "inc" : "dec", OperandText.register(opcode & 7, d.operandSize()));
    }

    /** Group 3, F6/F7: /0 TEST r/m, imm; /2 NOT; /3 NEG; /4 MUL; /5 IMUL; /6 DIV; /7 IDIV. */
    static Spelling group3(Decoding d, int opcode) {
        int size = opcode == 0xF6 ? 1 : d.operandSize();
        ModRm m = ModRm.read(d);
        String name = GROUP3[m.reg];
        if (name == null) {
            throw new NotAnInstruction();
        }
        if (m.reg == 0) {
            if (size != 1) {
                d.sizeShown();
            }
            return Spelling.of(name, m.operand(size, true), OperandText.immediate(d.unsigned(size), size));
        }
        return unary(d, name, m, size, m.reg == 2 || m.reg == 3);
    }

    /** Group 4, FE: /0 INC r/m8, /1 DEC r/m8. */
    static Spelling group4(Decoding d) {
        ModRm m = ModRm.read(d);
        if (m.reg > 1) {
            throw new NotAnInstruction();
        }
        return unary(d, m.reg == 0 ? "inc" : "dec", m, 1, true);
    }

    /** A one-operand form of group 3, 4 or 5: a memory operand needs its size keyword. */
    static Spelling unary(Decoding d, String name, ModRm m, int size, boolean lockable) {
        if (size != 1) {
            d.sizeShown();
        }
        if (lockable && !m.isRegister()) {
            d.lockable();
        }
        return Spelling.of(name, m.operand(size, true));
    }

    /** 69 IMUL reg, r/m, imm and 6B IMUL reg, r/m, imm8 (sign-extended): the low half of the product. */
    static Spelling imulImmediate(Decoding d, int opcode) {
        int size = d.operandSize();
        d.sizeShown();
        ModRm m = ModRm.read(d);
        long factor = opcode == 0x69 ? d.unsigned(size) : d.signed(1);
        return Spelling.of("imul", m.regOperand(size), m.operand(size, false), OperandText.immediate(factor, size));
    }

    /** 0F AF: IMUL reg, r/m. */
    static Spelling imulRegister(Decoding d) {
        int size = d.operandSize();
        d.sizeShown();
        ModRm m = ModRm.read(d);
        return Spelling.of("imul", m.regOperand(size), m.operand(size, false));
    }
}
