package eduscc.machine.x86.asm;

import java.util.Map;
import java.util.Set;

/**
 * The decimal adjustments (SDM Vol. 2A "DAA", "DAS", "AAA", "AAS", "AAM", "AAD"): after binary
 * arithmetic on BCD digits they make the result decimal again. DAA, DAS, AAA and AAS take no
 * operands. AAM and AAD take the number base as an immediate byte, 10 if it is left out; the
 * 8086 documented only base 10, but every x86 since uses the byte, and so does NASM.
 */
final class DecimalEncoder implements Encoder {
    private static final Map<String, Integer> OPCODES = Map.of(
            "daa", 0x27, "das", 0x2F, "aaa", 0x37, "aas", 0x3F, "aam", 0xD4, "aad", 0xD5);
    private static final int DECIMAL = 10;

    @Override
    public Set<String> mnemonics() {
        return OPCODES.keySet();
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        String m = insn.mnemonic();
        int opcode = OPCODES.get(m);
        if (!m.equals("aam") && !m.equals("aad")) {
            insn.expectOperands(site, 0);
            return site.encoding().opcode(opcode);
        }
        insn.expectOperands(site, 0, 1);
        if (insn.count() == 0) {
            return site.encoding().opcode(opcode).raw(DECIMAL, 1);
        }
        if (!(insn.get(0) instanceof Operand.Imm base)) {
            throw site.error("the base of '" + m + "' is an immediate byte");
        }
        OperandForms.immediateKeyword(site, insn, base, 8);
        return site.encoding().opcode(opcode).imm(base.value(), 8);
    }
}
