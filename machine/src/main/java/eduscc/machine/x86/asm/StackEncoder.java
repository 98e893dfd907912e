package eduscc.machine.x86.asm;

import java.util.Set;

/**
 * PUSH and POP of registers, memory, immediates and segment registers, and the block forms
 * PUSHA/POPA (all eight general registers) and PUSHF/POPF (EFLAGS).
 *
 * <p>The width of a push is the operand size, 16 or 32 bits; the {@code d} spellings (PUSHAD,
 * PUSHFD, POPAD, POPFD) insist on 32 bits, which costs a 0x66 prefix in real mode, while the
 * plain spellings take the width of the current mode. Segment registers have their own one-byte
 * opcodes from the 8086 (06 ES, 0E CS, 16 SS, 1E DS); FS and GS, added by the 80386, needed the
 * 0F page. ENTER builds a procedure's stack frame in one instruction and LEAVE (in
 * {@link FixedEncoder}) releases it. There is no POP CS: loading CS alone would jump to an unknown place, so the opcode
 * (0F) became the two-byte escape.
 */
final class StackEncoder implements Encoder {

    @Override
    public Set<String> mnemonics() {
        return Set.of("push", "pop", "pusha", "popa", "pushad", "popad", "pushf", "popf", "pushfd", "popfd", "enter");
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        return switch (insn.mnemonic()) {
            case "push" -> push(site, insn);
            case "pop" -> pop(site, insn);
            case "pusha" -> block(site, insn, 0x60, 0);
            case "popa" -> block(site, insn, 0x61, 0);
            case "pushad" -> block(site, insn, 0x60, 32);
            case "popad" -> block(site, insn, 0x61, 32);
            case "pushf" -> block(site, insn, 0x9C, 0);
            case "popf" -> block(site, insn, 0x9D, 0);
            case "pushfd" -> block(site, insn, 0x9C, 32);
            case "enter" -> enter(site, insn);
            default -> block(site, insn, 0x9D, 32);
        };
    }

    /**
     * ENTER frame, level (C8 iw ib): a 16-bit frame size and an 8-bit nesting level. The operand
     * size of the mode decides whether EBP or BP is pushed; {@code o16}/{@code o32} change it.
     */
    private static Encoding enter(Site site, Instruction insn) {
        insn.expectOperands(site, 2);
        if (!(insn.get(0) instanceof Operand.Imm frame) || !(insn.get(1) instanceof Operand.Imm level)) {
            throw site.error("'enter' takes two immediates: the frame size and the nesting level");
        }
        OperandForms.immediateKeyword(site, insn, frame, 16);
        OperandForms.immediateKeyword(site, insn, level, 8);
        return site.encoding().opcode(0xC8).imm(frame.value(), 16).imm(level.value(), 8);
    }

    private static Encoding block(Site site, Instruction insn, int opcode, int size) {
        insn.expectOperands(site, 0);
        return site.encoding().operandSize(size).opcode(opcode);
    }

    private static Encoding push(Site site, Instruction insn) {
        insn.expectOperands(site, 1);
        Operand source = insn.get(0);
        if (source instanceof Operand.Imm imm) {
            int size = imm.size() == 0 || imm.size() == 8 ? site.bits() : imm.size();
            if (OperandForms.signExtendedByte(site, imm, size)) {
                return site.encoding().operandSize(size).opcode(0x6A).signExtendedImm8(imm.value(), size);
            }
            return site.encoding().operandSize(size).opcode(0x68).imm(imm.value(), size);
        }
        if (source instanceof Operand.Reg r && r.register().kind == Register.Kind.SEGMENT) {
            return switch (r.register()) {
                case ES -> site.encoding().opcode(0x06);
                case CS -> site.encoding().opcode(0x0E);
                case SS -> site.encoding().opcode(0x16);
                case DS -> site.encoding().opcode(0x1E);
                case FS -> site.encoding().opcode(0x0F, 0xA0);
                default -> site.encoding().opcode(0x0F, 0xA8);
            };
        }
        return registerOrMemory(site, insn, source, 0x50, 0xFF, 6);
    }

    private static Encoding pop(Site site, Instruction insn) {
        insn.expectOperands(site, 1);
        Operand target = insn.get(0);
        if (target instanceof Operand.Reg r && r.register().kind == Register.Kind.SEGMENT) {
            return switch (r.register()) {
                case ES -> site.encoding().opcode(0x07);
                case SS -> site.encoding().opcode(0x17);
                case DS -> site.encoding().opcode(0x1F);
                case FS -> site.encoding().opcode(0x0F, 0xA1);
                case GS -> site.encoding().opcode(0x0F, 0xA9);
                default -> throw site.error("there is no 'pop cs'; CS changes only with a far jump, call or return");
            };
        }
        return registerOrMemory(site, insn, target, 0x58, 0x8F, 0);
    }

    /** 50+r/58+r for a register; FF /6 (push) or 8F /0 (pop) for memory. Bytes cannot be pushed. */
    private static Encoding registerOrMemory(Site site, Instruction insn, Operand operand, int registerBase,
                                             int memoryOpcode, int extension) {
        if (operand instanceof Operand.Reg r && r.isGeneral() && r.size() != 8) {
            return site.encoding().operandSize(r.size()).opcode(registerBase + r.register().code);
        }
        if (operand instanceof Operand.Mem m) {
            int size = OperandForms.requireSize(site, m.size());
            if (size == 8) {
                throw site.error("the stack holds words and dwords; a byte cannot be pushed or popped");
            }
            return site.encoding().operandSize(size).opcode(memoryOpcode).modrm(extension, m);
        }
        throw insn.invalid(site);
    }
}
