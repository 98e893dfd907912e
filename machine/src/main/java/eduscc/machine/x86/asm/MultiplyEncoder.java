package eduscc.machine.x86.asm;

import java.util.Set;

/**
 * MUL, IMUL, DIV and IDIV. The one-operand forms are group 3 (F6/F7 /4../7) and work on the
 * accumulator pair (AX, DX:AX or EDX:EAX); IMUL alone also has two- and three-operand forms that
 * keep only the low half of the product in any register (0F AF, and 6B/69 with an immediate).
 */
final class MultiplyEncoder implements Encoder {

    @Override
    public Set<String> mnemonics() {
        return Set.of("mul", "imul", "div", "idiv");
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        return switch (insn.mnemonic()) {
            case "mul" -> AluEncoder.group3(site, insn, 4);
            case "div" -> AluEncoder.group3(site, insn, 6);
            case "idiv" -> AluEncoder.group3(site, insn, 7);
            default -> imul(site, insn);
        };
    }

    private static Encoding imul(Site site, Instruction insn) {
        insn.expectOperands(site, 1, 2, 3);
        if (insn.count() == 1) {
            return AluEncoder.group3(site, insn, 5);
        }
        if (!(insn.get(0) instanceof Operand.Reg r) || !r.isGeneral() || r.size() == 8) {
            throw site.error("'imul' with several operands needs a 16- or 32-bit register first");
        }
        Operand source = insn.get(1);
        Operand.Imm factor;
        if (insn.count() == 3) {
            if (!(insn.get(2) instanceof Operand.Imm imm) || source instanceof Operand.Imm) {
                throw insn.invalid(site);
            }
            factor = imm;
        } else if (source instanceof Operand.Imm imm) {
            // imul eax, 10 is imul eax, eax, 10: the register is both source and destination.
            factor = imm;
            source = r;
        } else {
            OperandForms.agreedSize(site, insn, r, source);
            return site.encoding().operandSize(r.size()).opcode(0x0F, 0xAF).modrm(r.register().code, source);
        }
        if (!OperandForms.isGeneral(source)) {
            throw insn.invalid(site);
        }
        int size = OperandForms.agreedSize(site, insn, r, source);
        OperandForms.immediateKeyword(site, insn, factor, 8, size);
        if (OperandForms.signExtendedByte(site, factor, size)) {
            return site.encoding().operandSize(size).opcode(0x6B).modrm(r.register().code, source)
                    .signExtendedImm8(factor.value(), size);
        }
        return site.encoding().operandSize(size).opcode(0x69).modrm(r.register().code, source)
                .imm(factor.value(), size);
    }
}
