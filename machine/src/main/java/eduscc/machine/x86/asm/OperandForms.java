package eduscc.machine.x86.asm;

/**
 * The operand shapes the 8086 opcode map repeats for MOV, the eight ALU operations, TEST and
 * XCHG, and the size rules that go with them.
 *
 * <p>In the "d/w" pattern (SDM Vol. 2A §B.1.4.3) bit 0 of the opcode, w, selects byte (0) or
 * full-size (1) operands, and bit 1, d, says whether the reg field is the source (0: r/m ← reg)
 * or the destination (1: reg ← r/m). So 88/89/8A/8B are MOV and 00/01/02/03 are ADD. Between two
 * registers both directions are valid; like NASM we use d=0.
 */
final class OperandForms {
    private OperandForms() {
    }

    /** Encodes {@code base + d + w} with ModRM for a register and a register-or-memory operand. */
    static Encoding directional(Site site, Instruction insn, int base, Operand dst, Operand src) {
        if (dst instanceof Operand.Mem && src instanceof Operand.Mem) {
            throw site.error("'" + insn.mnemonic() + "' cannot take two memory operands");
        }
        int size = agreedSize(site, insn, dst, src);
        int w = size == 8 ? 0 : 1;
        if (src instanceof Operand.Reg r && isGeneral(dst)) {
            return site.encoding().operandSize(size).opcode(base + w).modrm(general(site, insn, r), dst);
        }
        if (dst instanceof Operand.Reg r && src instanceof Operand.Mem) {
            return site.encoding().operandSize(size).opcode(base + 2 + w).modrm(general(site, insn, r), src);
        }
        throw insn.invalid(site);
    }

    /**
     * The operand size both operands agree on. An immediate's size keyword only counts when the
     * other operand has no size ({@code add [bx], word 5}); otherwise it is a hint about the
     * immediate's own encoding, such as {@code byte} asking for the sign-extended form.
     */
    static int agreedSize(Site site, Instruction insn, Operand dst, Operand src) {
        int a = dst.size();
        int b = src instanceof Operand.Imm ? 0 : src.size();
        if (a != 0 && b != 0 && a != b) {
            throw mismatch(site, insn, a, b);
        }
        int hint = src instanceof Operand.Imm ? src.size() : 0;
        if (a != 0 && hint != 0 && hint != 8 && hint != a) {
            throw mismatch(site, insn, a, hint);
        }
        int size = a != 0 ? a : b != 0 ? b : src.size();
        return requireSize(site, size);
    }

    static AssemblyException mismatch(Site site, Instruction insn, int a, int b) {
        return site.error("operand sizes do not match (" + a + " and " + b + " bits) in '" + insn.mnemonic() + "'");
    }

    /**
     * Fails if an immediate carries a size keyword other than the allowed ones: {@code byte} is
     * only meaningful where a sign-extended byte form exists, and a shift count or port number
     * is always a byte.
     */
    static void immediateKeyword(Site site, Instruction insn, Operand.Imm imm, int... allowed) {
        if (imm.size() == 0) {
            return;
        }
        for (int size : allowed) {
            if (imm.size() == size) {
                return;
            }
        }
        throw site.error("the immediate of '" + insn.mnemonic() + "' cannot be " + imm.size() + " bits wide");
    }

    static int requireSize(Site site, int size) {
        if (size == 0) {
            throw site.error("operation size not specified; write byte, word or dword");
        }
        if (size != 8 && size != 16 && size != 32) {
            throw site.error("unsupported operand size " + size);
        }
        return size;
    }

    /** The 3-bit number of a general register, refusing segment and control registers. */
    static int general(Site site, Instruction insn, Operand.Reg r) {
        if (!r.isGeneral()) {
            throw site.error("'" + r.register().lower() + "' cannot be used with '" + insn.mnemonic() + "'");
        }
        return r.register().code;
    }

    static boolean isGeneral(Operand o) {
        return o instanceof Operand.Mem || o instanceof Operand.Reg r && r.isGeneral();
    }

    /**
     * Whether an immediate goes in as one sign-extended byte (83, 6A, 6B) rather than at full
     * size: when its value allows and no earlier pass needed the full size. A {@code byte}
     * keyword insists on the short form.
     */
    static boolean signExtendedByte(Site site, Operand.Imm imm, int size) {
        Value v = imm.value();
        int needed = v.known() && (v.relocatable() || !v.fitsSignExtendedByte(size)) ? 1 : 0;
        int level = site.choose(needed);
        return imm.size() == 8 || level == 0;
    }
}
