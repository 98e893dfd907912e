package eduscc.machine.x86.asm;

import java.util.Map;
import java.util.Set;

/**
 * Instructions whose memory operand is a pair: a far pointer, offset then selector, loaded into
 * a segment register and a general register at once (LDS, LES, LFS, LGS, LSS), and the lower and
 * upper bound BOUND checks an array index against (SDM Vol. 2A "LDS/LES/LFS/LGS/LSS", "BOUND").
 * The general register fixes the operand size, and so whether the pair is of words or dwords.
 * {@code lss esp, [stack_pointer]} is how start-up code switches to a new stack in one step.
 */
final class PointerEncoder implements Encoder {
    /** The opcode bytes of each form (C4/C5 from the 8086, 0F B2/B4/B5 from the 80386, 62 from the 80186). */
    private static final Map<String, int[]> OPCODES = Map.of(
            "les", new int[] {0xC4}, "lds", new int[] {0xC5}, "lss", new int[] {0x0F, 0xB2},
            "lfs", new int[] {0x0F, 0xB4}, "lgs", new int[] {0x0F, 0xB5}, "bound", new int[] {0x62});

    @Override
    public Set<String> mnemonics() {
        return OPCODES.keySet();
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        insn.expectOperands(site, 2);
        if (!(insn.get(0) instanceof Operand.Reg r) || !r.isGeneral() || r.size() == 8) {
            throw site.error("'" + insn.mnemonic() + "' loads a 16- or 32-bit general register");
        }
        if (!(insn.get(1) instanceof Operand.Mem m) || m.size() != 0) {
            throw site.error("'" + insn.mnemonic() + "' needs a memory operand without a size keyword");
        }
        return site.encoding().operandSize(r.size()).opcode(OPCODES.get(insn.mnemonic())).modrm(r.register().code, m);
    }
}
