package eduscc.machine.x86.asm;

import java.util.Set;

/**
 * MOV in all its forms, and the other instructions that copy a value without computing on it:
 * MOVZX, MOVSX, LEA and XCHG (SDM Vol. 2A/2B, the instruction pages of the same names).
 *
 * <p>MOV has more encodings than any other instruction because the 8086 gave the common cases
 * short forms: B0+r/B8+r put an immediate in a register without a ModRM byte, and A0-A3 move the
 * accumulator to or from a fixed address ("moffs"). Segment and control registers have opcodes of
 * their own (8C/8E, 0F 20/0F 22), which is how a boot stub sets CR0.PE.
 */
final class MoveEncoder implements Encoder {

    @Override
    public Set<String> mnemonics() {
        return Set.of("mov", "movzx", "movsx", "lea", "xchg");
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        insn.expectOperands(site, 2);
        Operand dst = insn.get(0);
        Operand src = insn.get(1);
        return switch (insn.mnemonic()) {
            case "mov" -> mov(site, insn, dst, src);
            case "movzx" -> extend(site, insn, 0xB6, dst, src);
            case "movsx" -> extend(site, insn, 0xBE, dst, src);
            case "lea" -> lea(site, insn, dst, src);
            default -> xchg(site, insn, dst, src);
        };
    }

    private static Encoding mov(Site site, Instruction insn, Operand dst, Operand src) {
        Register to = dst instanceof Operand.Reg r ? r.register() : null;
        Register from = src instanceof Operand.Reg r ? r.register() : null;
        if (to != null && to.kind == Register.Kind.CONTROL || from != null && from.kind == Register.Kind.CONTROL) {
            return control(site, insn, to, from);
        }
        if (to != null && to.kind == Register.Kind.SEGMENT) {
            // MOV Sreg, r/m16: a 32-bit register source needs no prefix, the CPU uses its low word.
            if (src instanceof Operand.Imm || src.size() == 8 || src instanceof Operand.Mem && src.size() == 32
                    || from != null && !from.isGeneral()) {
                throw insn.invalid(site);
            }
            return site.encoding().opcode(0x8E).modrm(to.code, src);
        }
        if (from != null && from.kind == Register.Kind.SEGMENT) {
            // MOV r/m16, Sreg: to a 32-bit register it zero-extends, so that size counts; to memory it is a word.
            if (dst instanceof Operand.Imm || dst.size() == 8 || dst instanceof Operand.Mem && dst.size() == 32
                    || to != null && !to.isGeneral()) {
                throw insn.invalid(site);
            }
            return site.encoding().operandSize(dst instanceof Operand.Reg ? dst.size() : 0)
                    .opcode(0x8C).modrm(from.code, dst);
        }
        if (src instanceof Operand.Imm imm) {
            return immediate(site, insn, dst, imm);
        }
        if (dst instanceof Operand.Mem m && from != null && from.isAccumulator() && m.isDisplacementOnly()) {
            return moffs(site, insn, 0xA2, m, from);
        }
        if (src instanceof Operand.Mem m && to != null && to.isAccumulator() && m.isDisplacementOnly()) {
            return moffs(site, insn, 0xA0, m, to);
        }
        return OperandForms.directional(site, insn, 0x88, dst, src);
    }

    private static Encoding immediate(Site site, Instruction insn, Operand dst, Operand.Imm imm) {
        int size = OperandForms.agreedSize(site, insn, dst, imm);
        OperandForms.immediateKeyword(site, insn, imm, size);
        if (dst instanceof Operand.Reg r) {
            int code = OperandForms.general(site, insn, r);
            return site.encoding().operandSize(size).opcode((size == 8 ? 0xB0 : 0xB8) + code).imm(imm.value(), size);
        }
        if (dst instanceof Operand.Mem) {
            return site.encoding().operandSize(size).opcode(size == 8 ? 0xC6 : 0xC7).modrm(0, dst)
                    .imm(imm.value(), size);
        }
        throw insn.invalid(site);
    }

    /** A0/A1 load and A2/A3 store the accumulator at an address given in full, without ModRM. */
    private static Encoding moffs(Site site, Instruction insn, int opcode, Operand.Mem m, Register accumulator) {
        int size = OperandForms.agreedSize(site, insn, new Operand.Reg(accumulator), m);
        int addressSize = ModRm.addressSize(m, site);
        return site.encoding().operandSize(size).addressSize(addressSize).segment(m.segment())
                .opcode(opcode + (size == 8 ? 0 : 1)).imm(m.displacement(), addressSize);
    }

    /** MOV CRn, r32 (0F 22) and MOV r32, CRn (0F 20): always 32 bits, in either mode, so no prefix. */
    private static Encoding control(Site site, Instruction insn, Register to, Register from) {
        if (to != null && to.kind == Register.Kind.CONTROL && from != null && from.isGeneral() && from.bits == 32) {
            return site.encoding().opcode(0x0F, 0x22, 0xC0 | to.code << 3 | from.code);
        }
        if (from != null && from.kind == Register.Kind.CONTROL && to != null && to.isGeneral() && to.bits == 32) {
            return site.encoding().opcode(0x0F, 0x20, 0xC0 | from.code << 3 | to.code);
        }
        throw site.error("control registers move only to or from a 32-bit general register");
    }

    /** MOVZX/MOVSX r16/32, r/m8 (0F B6/BE) or r/m16 (0F B7/BF): the source is narrower than the destination. */
    private static Encoding extend(Site site, Instruction insn, int opcode, Operand dst, Operand src) {
        if (!(dst instanceof Operand.Reg r) || !r.isGeneral() || r.size() == 8 || src instanceof Operand.Imm
                || src instanceof Operand.FarPointer) {
            throw insn.invalid(site);
        }
        int from = OperandForms.requireSize(site, src.size());
        if (from >= r.size()) {
            throw site.error("'" + insn.mnemonic() + "' needs a source narrower than its destination");
        }
        return site.encoding().operandSize(r.size()).opcode(0x0F, opcode + (from == 16 ? 1 : 0))
                .modrm(r.register().code, src);
    }

    private static Encoding lea(Site site, Instruction insn, Operand dst, Operand src) {
        if (!(dst instanceof Operand.Reg r) || !r.isGeneral() || r.size() == 8 || !(src instanceof Operand.Mem)) {
            throw insn.invalid(site);
        }
        return site.encoding().operandSize(r.size()).opcode(0x8D).modrm(r.register().code, src);
    }

    /**
     * XCHG with the accumulator has the one-byte form 90+r; 90 itself, XCHG eAX with eAX, is NOP.
     * Otherwise 86/87 /r, with the first register in the reg field when both are registers.
     */
    private static Encoding xchg(Site site, Instruction insn, Operand dst, Operand src) {
        if (dst instanceof Operand.Reg a && src instanceof Operand.Reg b && a.isGeneral() && b.isGeneral()) {
            int size = OperandForms.agreedSize(site, insn, a, b);
            if (size != 8 && (a.register().isAccumulator() || b.register().isAccumulator())) {
                Register other = a.register().isAccumulator() ? b.register() : a.register();
                return site.encoding().operandSize(size).opcode(0x90 + other.code);
            }
            return site.encoding().operandSize(size).opcode(size == 8 ? 0x86 : 0x87).modrm(a.register().code, b);
        }
        if (dst instanceof Operand.Mem && src instanceof Operand.Reg r) {
            return exchangeWithMemory(site, insn, r, dst);
        }
        if (dst instanceof Operand.Reg r && src instanceof Operand.Mem) {
            return exchangeWithMemory(site, insn, r, src);
        }
        throw insn.invalid(site);
    }

    private static Encoding exchangeWithMemory(Site site, Instruction insn, Operand.Reg r, Operand memory) {
        int size = OperandForms.agreedSize(site, insn, r, memory);
        int code = OperandForms.general(site, insn, r);
        return site.encoding().operandSize(size).opcode(size == 8 ? 0x86 : 0x87).modrm(code, memory);
    }
}
