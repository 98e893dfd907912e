package eduscc.machine.x86.asm;

import java.util.Set;

/**
 * Transfers that come back: CALL and RET (near and far), the software interrupts INT n, INT3 and
 * INTO, and IRET, which returns from an interrupt or exception handler.
 *
 * <p>RET imm16 pops that many extra bytes of arguments after the return address (the Pascal
 * calling convention). IRET pops IP, CS and FLAGS in the operand size: IRETD pops 32-bit EIP and
 * EFLAGS, which in 16-bit code costs a 0x66 prefix; plain IRET follows the mode, like NASM.
 * INT3 is the one-byte CC that debuggers patch over an instruction; {@code int 3} is kept as the
 * two-byte CD 03, as NASM does, because the two differ in V86 mode.
 */
final class CallReturnEncoder implements Encoder {

    @Override
    public Set<String> mnemonics() {
        return Set.of("call", "ret", "retn", "retf", "int", "int3", "into", "iret", "iretw", "iretd");
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        return switch (insn.mnemonic()) {
            case "call" -> call(site, insn);
            case "ret", "retn" -> ret(site, insn, 0xC3);
            case "retf" -> ret(site, insn, 0xCB);
            case "int" -> interrupt(site, insn);
            case "int3" -> fixed(site, insn, 0xCC, 0);
            case "into" -> fixed(site, insn, 0xCE, 0);
            case "iret" -> fixed(site, insn, 0xCF, 0);
            case "iretw" -> fixed(site, insn, 0xCF, 16);
            default -> fixed(site, insn, 0xCF, 32);
        };
    }

    private static Encoding call(Site site, Instruction insn) {
        insn.expectOperands(site, 1);
        Operand target = insn.get(0);
        if (target instanceof Operand.Imm imm) {
            if (imm.distance() == Operand.Distance.FAR) {
                throw site.error("a far call needs selector:offset, for example 'call 0x08:start'");
            }
            if (imm.size() == 8) {
                throw insn.invalid(site);
            }
            int size = imm.size() == 0 ? site.bits() : imm.size();
            return JumpEncoder.relative(site, imm, -1, size, 0xE8);
        }
        if (target instanceof Operand.FarPointer pointer) {
            return JumpEncoder.far(site, 0x9A, pointer);
        }
        return JumpEncoder.indirect(site, insn, target, 2);
    }

    /** RET/RETF, with C2/CA iw when a byte count to release is given. */
    private static Encoding ret(Site site, Instruction insn, int opcode) {
        insn.expectOperands(site, 0, 1);
        if (insn.count() == 0) {
            return site.encoding().opcode(opcode);
        }
        if (!(insn.get(0) instanceof Operand.Imm imm)) {
            throw insn.invalid(site);
        }
        OperandForms.immediateKeyword(site, insn, imm, 16);
        return site.encoding().opcode(opcode - 1).imm(imm.value(), 16);
    }

    private static Encoding interrupt(Site site, Instruction insn) {
        insn.expectOperands(site, 1);
        if (!(insn.get(0) instanceof Operand.Imm imm)) {
            throw site.error("'int' needs a vector number");
        }
        OperandForms.immediateKeyword(site, insn, imm, 8);
        Value vector = imm.value();
        if (vector.known() && (vector.number() < 0 || vector.number() > 255)) {
            site.problem("interrupt vector " + vector.shown() + " is not in 0..255");
        }
        return site.encoding().opcode(0xCD).raw(vector.number(), 1);
    }

    private static Encoding fixed(Site site, Instruction insn, int opcode, int size) {
        insn.expectOperands(site, 0);
        return site.encoding().operandSize(size).opcode(opcode);
    }
}
