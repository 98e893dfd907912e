package eduscc.machine.x86.disasm;

/**
 * PUSH and POP of registers, segment registers, memory and immediates, the block forms
 * PUSHA/POPA and PUSHF/POPF, and ENTER/LEAVE (SDM Vol. 1 §6.2 "Stacks", §7.3.1.4 and §7.3.1.5).
 * The width of every push and pop is the operand size.
 */
final class StackForms {
    private StackForms() {
    }

    /** 50+r PUSH and 58+r POP of a word or dword register. */
    static Spelling register(Decoding d, int opcode) {
        d.sizeShown();
        return Spelling.of(opcode < 0x58 ? "push" : "pop", OperandText.register(opcode & 7, d.operandSize()));
    }

    /**
     * PUSH/POP of a segment register (06 0E 16 1E, 07 17 1F, 0F A0 A8, 0F A1 A9). The register
     * does not show the operand size, which decides whether a word or a dword slot is used.
     */
    static Spelling segment(String name, int segment) {
        return Spelling.of(name, OperandText.segment(segment));
    }

    /**
     * 68 PUSH imm and 6A PUSH imm8 (sign-extended). The size keyword appears only when the
     * operand size is not the mode's, since it is what tells the assembler to add 0x66.
     */
    static Spelling pushImmediate(Decoding d, int opcode) {
        int size = d.operandSize();
        d.sizeShown();
        long value = opcode == 0x68 ? d.unsigned(size) : d.signed(1);
        return Spelling.of("push", keywordIfNotDefault(d, size) + OperandText.immediate(value, size));
    }

    /** 8F /0: POP r/m; the other reg values are undefined. */
    static Spelling popRm(Decoding d) {
        ModRm m = ModRm.read(d);
        if (m.reg != 0) {
            throw new NotAnInstruction();
        }
        d.sizeShown();
        return Spelling.of("pop", m.operand(d.operandSize(), true));
    }

    /** FF /6: PUSH r/m, after group 5 has read the ModR/M byte. */
    static Spelling pushRm(Decoding d, ModRm m) {
        d.sizeShown();
        return Spelling.of("push", m.operand(d.operandSize(), true));
    }

    /**
     * 60/61 PUSHA/POPA and 9C/9D PUSHF/POPF: the D spellings are the 32-bit forms; the plain
     * ones follow the mode, so in 32-bit code their 16-bit form keeps an {@code o16} word.
     */
    static Spelling block(Decoding d, String name) {
        if (d.operandSize() == 4) {
            d.sizeShown();
            return Spelling.of(name + "d");
        }
        return Spelling.of(name);
    }

    /** C8: ENTER imm16, imm8 builds a stack frame of that size at that nesting level. */
    static Spelling enter(Decoding d) {
        int frame = d.next16();
        int level = d.next8();
        return Spelling.of("enter", OperandText.hex(frame), OperandText.hex(level));
    }

    static String keywordIfNotDefault(Decoding d, int size) {
        return size == d.defaultSize() ? "" : OperandText.sizeKeyword(size) + " ";
    }
}
