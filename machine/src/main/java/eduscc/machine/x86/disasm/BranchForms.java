package eduscc.machine.x86.disasm;

/**
 * SDM Vol. 1 §7.3.8 "Control Transfer Instructions": JMP, Jcc, LOOP and JCXZ, CALL and RET near
 * and far, INT, INTO, IRET, and group 5 (FF), which holds the indirect jumps and calls.
 *
 * <p>A relative branch is written with its target as an absolute address, so a student can find
 * it in the listing. Where two lengths exist the distance is written too ({@code jmp short},
 * {@code jz near}): it tells the reader the size and keeps the assembler from picking the other
 * form. A branch whose operand size is not the mode's carries that size instead
 * ({@code jmp dword 0x...} in 16-bit code), which only a near branch can have.
 */
final class BranchForms {
    /** The condition codes cc of 70+cc, 0F 80+cc and 0F 90+cc (SDM Vol. 2A Appendix B.1.4.7, Table B-10). */
    static final String[] CONDITIONS = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge",
        "le", "g"};

    private BranchForms() {
    }

    /** 70+cc: Jcc rel8. */
    static Spelling jccShort(Decoding d, int condition) {
        return Spelling.of("j" + CONDITIONS[condition], "short " + OperandText.hex(d.target(d.signed(1))));
    }

    /** 0F 80+cc: Jcc rel16/32. */
    static Spelling jccNear(Decoding d, int condition) {
        return near(d, "j" + CONDITIONS[condition]);
    }

    /** EB: JMP rel8. */
    static Spelling jmpShort(Decoding d) {
        return Spelling.of("jmp", "short " + OperandText.hex(d.target(d.signed(1))));
    }

    /** E9: JMP rel16/32, the displacement as wide as the operand size. */
    static Spelling near(Decoding d, String name) {
        int size = d.operandSize();
        d.sizeShown();
        long target = d.target(d.signed(size));
        String distance = size == d.defaultSize() ? "near " : OperandText.sizeKeyword(size) + " ";
        return Spelling.of(name, distance + OperandText.hex(target));
    }

    /** E8: CALL rel16/32; a call has no short form, so no distance is written. */
    static Spelling call(Decoding d) {
        int size = d.operandSize();
        d.sizeShown();
        long target = d.target(d.signed(size));
        return Spelling.of("call", StackForms.keywordIfNotDefault(d, size) + OperandText.hex(target));
    }

    /**
     * E0 LOOPNE, E1 LOOPE, E2 LOOP, E3 JCXZ/JECXZ: short only. They count in CX or ECX by the
     * address size, which only JCXZ and JECXZ name; a LOOP on ECX in 16-bit code is {@code a32 loop}.
     */
    static Spelling loop(Decoding d, int opcode) {
        String target = OperandText.hex(d.target(d.signed(1)));
        String name = switch (opcode) {
            case 0xE0 -> "loopne";
            case 0xE1 -> "loope";
            case 0xE2 -> "loop";
            default -> {
                d.addressShown();
                yield d.address32() ? "jecxz" : "jcxz";
            }
        };
        return Spelling.of(name, target);
    }

    /** EA JMP ptr16:16/32 and 9A CALL ptr16:16/32: the offset comes first in the bytes, the selector last. */
    static Spelling far(Decoding d, String name) {
        int size = d.operandSize();
        d.sizeShown();
        long offset = d.unsigned(size);
        int selector = d.next16();
        return Spelling.of(name, StackForms.keywordIfNotDefault(d, size) + OperandText.hex(selector) + ":"
                + OperandText.hex(offset));
    }

    /** C3/CB RET/RETF and C2/CA with the number of argument bytes to release. */
    static Spelling ret(Decoding d, String name, boolean releases) {
        return releases ? Spelling.of(name, OperandText.hex(d.next16())) : Spelling.of(name);
    }

    /** CF: IRET pops IP, CS and FLAGS in the operand size, which IRETW and IRETD name. */
    static Spelling iret(Decoding d) {
        d.sizeShown();
        if (d.operandSize() == 4) {
            return Spelling.of("iretd");
        }
        return Spelling.of(d.mode32() ? "iretw" : "iret");
    }

    /** FF, group 5: /0 INC, /1 DEC, /2 CALL near, /3 CALL far, /4 JMP near, /5 JMP far, /6 PUSH. */
    static Spelling group5(Decoding d) {
        ModRm m = ModRm.read(d);
        int size = d.operandSize();
        return switch (m.reg) {
            case 0 -> ArithmeticForms.unary(d, "inc", m, size, true);
            case 1 -> ArithmeticForms.unary(d, "dec", m, size, true);
            case 2 -> indirect(d, "call", m, false);
            case 3 -> indirect(d, "call", m, true);
            case 4 -> indirect(d, "jmp", m, false);
            case 5 -> indirect(d, "jmp", m, true);
            case 6 -> StackForms.pushRm(d, m);
            default -> throw new NotAnInstruction();
        };
    }

    /**
     * A jump or call through a register or memory. A far one reads offset and selector from
     * memory, so a register is #UD; its size keyword names the offset's size.
     */
    private static Spelling indirect(Decoding d, String name, ModRm m, boolean far) {
        d.sizeShown();
        String keyword = StackForms.keywordIfNotDefault(d, d.operandSize());
        if (far) {
            return Spelling.of(name, "far " + keyword + m.memory());
        }
        return Spelling.of(name, m.isRegister() ? m.operand(d.operandSize(), false) : keyword + m.memory());
    }
}
