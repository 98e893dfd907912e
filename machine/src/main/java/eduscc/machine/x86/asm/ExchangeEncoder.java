package eduscc.machine.x86.asm;

import java.util.Set;

/**
 * The exchanging instructions the 486 and the Pentium added for multiprocessors (SDM Vol. 2A
 * "XADD", "CMPXCHG", "CMPXCHG8B", "BSWAP"). With {@code lock} in front and a memory destination,
 * XADD is an atomic fetch-and-add and CMPXCHG an atomic compare-and-swap, the two primitives a
 * spinlock or a reference count is built from. BSWAP turns a big-endian dword around.
 */
final class ExchangeEncoder implements Encoder {

    @Override
    public Set<String> mnemonics() {
        return Set.of("xadd", "cmpxchg", "cmpxchg8b", "bswap");
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        return switch (insn.mnemonic()) {
            case "xadd" -> exchange(site, insn, 0xC0);
            case "cmpxchg" -> exchange(site, insn, 0xB0);
            case "cmpxchg8b" -> cmpxchg8b(site, insn);
            default -> bswap(site, insn);
        };
    }

    /** XADD r/m, reg (0F C0/C1) and CMPXCHG r/m, reg (0F B0/B1): w selects bytes or the operand size. */
    private static Encoding exchange(Site site, Instruction insn, int opcode) {
        insn.expectOperands(site, 2);
        Operand destination = insn.get(0);
        if (!OperandForms.isGeneral(destination) || !(insn.get(1) instanceof Operand.Reg r)) {
            throw insn.invalid(site);
        }
        int size = OperandForms.agreedSize(site, insn, destination, r);
        int w = size == 8 ? 0 : 1;
        return site.encoding().operandSize(size).opcode(0x0F, opcode + w).modrm(OperandForms.general(site, insn, r), destination);
    }

    /** CMPXCHG8B m64 (0F C7 /1): the operand is a quadword in memory, written without a size keyword. */
    private static Encoding cmpxchg8b(Site site, Instruction insn) {
        insn.expectOperands(site, 1);
        Operand target = insn.get(0);
        if (!(target instanceof Operand.Mem) || target.size() != 0) {
            throw site.error("'cmpxchg8b' needs a memory operand without a size keyword (it is always 64 bits)");
        }
        return site.encoding().opcode(0x0F, 0xC7).modrm(1, target);
    }

    /**
     * BSWAP r32 (0F C8+r). The 16-bit form {@code bswap ax} exists as bytes (a 0x66 prefix) but
     * the SDM leaves its result undefined; it is accepted so that every byte string reads back.
     */
    private static Encoding bswap(Site site, Instruction insn) {
        insn.expectOperands(site, 1);
        if (!(insn.get(0) instanceof Operand.Reg r) || !r.isGeneral() || r.size() == 8) {
            throw insn.invalid(site);
        }
        return site.encoding().operandSize(r.size()).opcode(0x0F, 0xC8 + r.register().code);
    }
}
