package eduscc.machine.x86.disasm;

/**
 * The system instructions of SDM Vol. 3A §2.7 "System Instruction Summary" that live in groups 6
 * (0F 00: SLDT STR LLDT LTR VERR VERW) and 7 (0F 01: SGDT SIDT LGDT LIDT SMSW LMSW INVLPG), and
 * the selector checks LAR and LSL (0F 02, 0F 03) and ARPL (63).
 * (The operand-less ones, such as CLTS, RDTSC, CPUID and the SCC's CL1INVMB, are spelled directly
 * in {@link TwoByteMap}.)
 *
 * <p>None of their operands shows the operand size: LGDT's 6-byte pseudo-descriptor is read with
 * a 24-bit base unless 0x66 makes it 32 bits, so a boot stub whose GDT lies above 16 MiB reads
 * {@code o32 lgdt [cs:0xf040]}. Only SLDT, STR and SMSW into a register show it, by the
 * register's width.
 */
final class SystemForms {
    private static final String[] GROUP6 = {"sldt", "str", "lldt", "ltr", "verr", "verw", null, null};
    private static final String[] GROUP7 = {"sgdt", "sidt", "lgdt", "lidt", "smsw", null, "lmsw", "invlpg"};

    private SystemForms() {
    }

    static Spelling group6(Decoding d) {
        ModRm m = ModRm.read(d);
        String name = GROUP6[m.reg];
        if (name == null) {
            throw new NotAnInstruction();
        }
        return m.reg <= 1 ? store(d, name, m) : Spelling.of(name, m.operand(2, false));
    }

    /** Group 7 /0-/3 and /7 only take memory; /4 and /6 take a register too; /5 is undefined on the P54C. */
    static Spelling group7(Decoding d) {
        ModRm m = ModRm.read(d);
        String name = GROUP7[m.reg];
        if (name == null) {
            throw new NotAnInstruction();
        }
        return switch (m.reg) {
            case 4 -> store(d, name, m);
            case 6 -> Spelling.of(name, m.operand(2, false));
            default -> Spelling.of(name, m.memory());
        };
    }

    /** SLDT, STR, SMSW: a word to memory, or zero-extended into a register of the operand size. */
    private static Spelling store(Decoding d, String name, ModRm m) {
        if (m.isRegister()) {
            d.sizeShown();
            return Spelling.of(name, m.operand(d.operandSize(), false));
        }
        return Spelling.of(name, m.memory());
    }

    /** 0F 02 LAR and 0F 03 LSL: a register of the operand size from a selector in r/m16. */
    static Spelling selectorQuery(Decoding d, String name) {
        d.sizeShown();
        ModRm m = ModRm.read(d);
        return Spelling.of(name, m.regOperand(d.operandSize()), m.operand(2, false));
    }

    /** 63: ARPL r/m16, r16; the operand size does not apply. */
    static Spelling arpl(Decoding d) {
        ModRm m = ModRm.read(d);
        return Spelling.of("arpl", m.operand(2, false), m.regOperand(2));
    }
}
