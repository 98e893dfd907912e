package eduscc.machine.x86.asm;

import java.util.List;
import java.util.Set;

/**
 * The integer ALU: the eight classic two-operand operations ADD, OR, ADC, SBB, AND, SUB, XOR,
 * CMP, plus TEST, and the one-operand INC, DEC, NOT and NEG.
 *
 * <p>The eight operations share one layout (SDM Vol. 2A Table A-2): operation n has the d/w forms
 * at opcodes 8n..8n+3, accumulator-with-immediate forms at 8n+4 and 8n+5, and an immediate form
 * in group 1 (80, 81, 83) with n in the ModRM reg field. Their order in {@link #OPERATIONS} is
 * therefore the hardware numbering. 83 stores the immediate as one byte that the CPU
 * sign-extends, which is why {@code sub esp, 8} is three bytes and {@code sub esp, 200} six.
 */
final class AluEncoder implements Encoder {
    private static final List<String> OPERATIONS = List.of("add", "or", "adc", "sbb", "and", "sub", "xor", "cmp");

    @Override
    public Set<String> mnemonics() {
        return Set.of("add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test", "inc", "dec", "not", "neg");
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        return switch (insn.mnemonic()) {
            case "test" -> test(site, insn);
            case "inc" -> incDec(site, insn, 0);
            case "dec" -> incDec(site, insn, 1);
            case "not" -> group3(site, insn, 2);
            case "neg" -> group3(site, insn, 3);
            default -> operation(site, insn, OPERATIONS.indexOf(insn.mnemonic()));
        };
    }

    private static Encoding operation(Site site, Instruction insn, int n) {
        insn.expectOperands(site, 2);
        Operand dst = insn.get(0);
        Operand src = insn.get(1);
        if (!(src instanceof Operand.Imm imm)) {
            return OperandForms.directional(site, insn, n * 8, dst, src);
        }
        if (!OperandForms.isGeneral(dst)) {
            throw insn.invalid(site);
        }
        int size = OperandForms.agreedSize(site, insn, dst, src);
        boolean accumulator = dst instanceof Operand.Reg r && r.register().isAccumulator();
        if (size == 8) {
            return accumulator
                    ? site.encoding().opcode(n * 8 + 4).imm(imm.value(), 8)
                    : site.encoding().opcode(0x80).modrm(n, dst).imm(imm.value(), 8);
        }
        if (OperandForms.signExtendedByte(site, imm, size)) {
            return site.encoding().operandSize(size).opcode(0x83).modrm(n, dst).signExtendedImm8(imm.value(), size);
        }
        // With a full-size immediate the accumulator form saves the ModRM byte.
        return accumulator
                ? site.encoding().operandSize(size).opcode(n * 8 + 5).imm(imm.value(), size)
                : site.encoding().operandSize(size).opcode(0x81).modrm(n, dst).imm(imm.value(), size);
    }

    /** TEST only ANDs to set flags, so its operands commute and it has no d bit: 84/85, A8/A9, F6/F7 /0. */
    private static Encoding test(Site site, Instruction insn) {
        insn.expectOperands(site, 2);
        Operand dst = insn.get(0);
        Operand src = insn.get(1);
        if (dst instanceof Operand.Reg && src instanceof Operand.Mem) {
            Operand swap = dst;
            dst = src;
            src = swap;
        }
        if (src instanceof Operand.Imm imm && OperandForms.isGeneral(dst)) {
            int size = OperandForms.agreedSize(site, insn, dst, src);
            OperandForms.immediateKeyword(site, insn, imm, size);
            int w = size == 8 ? 0 : 1;
            if (dst instanceof Operand.Reg r && r.register().isAccumulator()) {
                return site.encoding().operandSize(size).opcode(0xA8 + w).imm(imm.value(), size);
            }
            return site.encoding().operandSize(size).opcode(0xF6 + w).modrm(0, dst).imm(imm.value(), size);
        }
        if (src instanceof Operand.Reg r && OperandForms.isGeneral(dst)) {
            int size = OperandForms.agreedSize(site, insn, dst, src);
            int code = OperandForms.general(site, insn, r);
            return site.encoding().operandSize(size).opcode(size == 8 ? 0x84 : 0x85).modrm(code, dst);
        }
        throw insn.invalid(site);
    }

    /**
     * INC/DEC of a 16- or 32-bit register use the one-byte 40+r/48+r (the encodings x86-64 later
     * reused as REX prefixes); bytes and memory go through group 4/5 (FE/FF /0 or /1).
     */
    private static Encoding incDec(Site site, Instruction insn, int n) {
        insn.expectOperands(site, 1);
        Operand target = insn.get(0);
        if (target instanceof Operand.Reg r && r.isGeneral() && r.size() != 8) {
            return site.encoding().operandSize(r.size()).opcode(0x40 + 8 * n + r.register().code);
        }
        return group3Like(site, insn, target, 0xFE, n);
    }

    /** NOT and NEG live in group 3 (F6/F7) with MUL, IMUL, DIV and IDIV. */
    static Encoding group3(Site site, Instruction insn, int n) {
        insn.expectOperands(site, 1);
        return group3Like(site, insn, insn.get(0), 0xF6, n);
    }

    private static Encoding group3Like(Site site, Instruction insn, Operand target, int byteOpcode, int n) {
        if (!OperandForms.isGeneral(target)) {
            throw insn.invalid(site);
        }
        int size = OperandForms.requireSize(site, target.size());
        return site.encoding().operandSize(size).opcode(byteOpcode + (size == 8 ? 0 : 1)).modrm(n, target);
    }
}
