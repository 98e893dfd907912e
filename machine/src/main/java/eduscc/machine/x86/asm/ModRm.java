package eduscc.machine.x86.asm;

/**
 * Encodes the ModRM byte, the SIB byte and the displacement that name an instruction's
 * register-or-memory operand (SDM Vol. 2A §2.1.5, Tables 2-1 to 2-3).
 *
 * <p>ModRM is {@code mod(2) reg(3) r/m(3)}. mod 11 means r/m is a register; otherwise r/m picks
 * an address form and mod says how many displacement bytes follow (00 none, 01 one, 10 a full
 * word). Two holes in the tables explain most of the special cases below: r/m 100 in 32-bit
 * addressing means "a SIB byte follows", so ESP as a base always needs a SIB; and mod 00 with
 * r/m 101 (32-bit) or 110 (16-bit) means "displacement only", so [EBP] and [BP] must be written
 * as [EBP+0] and [BP+0] with a zero displacement byte.
 */
final class ModRm {
    private static final int NO_DISPLACEMENT = 0;
    private static final int BYTE_DISPLACEMENT = 1;
    private static final int FULL_DISPLACEMENT = 2;

    private ModRm() {
    }

    static void encode(Encoding e, int reg, Operand rm, Site site) {
        if (rm instanceof Operand.Reg r) {
            if (!r.isGeneral()) {
                throw site.error("'" + r.register().lower() + "' cannot be used here");
            }
            e.opcode(0xC0 | reg << 3 | r.register().code);
        } else if (rm instanceof Operand.Mem m) {
            memory(e, reg, m, site);
        } else {
            throw site.error("expected a register or memory operand");
        }
    }

    private static void memory(Encoding e, int reg, Operand.Mem m, Site site) {
        int addressSize = addressSize(m, site);
        e.addressSize(addressSize).segment(m.segment());
        if (addressSize == 16) {
            sixteenBit(e, reg, m, site);
        } else {
            thirtyTwoBit(e, reg, m, site);
        }
    }

    /** The registers decide; a bare {@code [address]} follows {@code [dword ...]}/{@code [word ...]} or the mode. */
    static int addressSize(Operand.Mem m, Site site) {
        return m.addressSize() != 0 ? m.addressSize() : site.bits();
    }

    private static void sixteenBit(Encoding e, int reg, Operand.Mem m, Site site) {
        if (m.isDisplacementOnly()) {
            e.opcode(reg << 3 | 0b110).imm(m.displacement(), 16);
            return;
        }
        int rm = rm16(m.base(), m.index());
        int size = displacementSize(m.displacement(), 16, m.base() == Register.BP && m.index() == null, site);
        e.opcode(size << 6 | reg << 3 | rm);
        displacement(e, m.displacement(), size, 16);
    }

    /** Table 2-1's r/m column: the eight register combinations 16-bit addressing allows. */
    private static int rm16(Register base, Register index) {
        if (base == Register.BX) {
            return index == Register.SI ? 0 : index == Register.DI ? 1 : 7;
        }
        if (base == Register.BP) {
            return index == Register.SI ? 2 : index == Register.DI ? 3 : 6;
        }
        return index == Register.SI ? 4 : 5;
    }

    private static void thirtyTwoBit(Encoding e, int reg, Operand.Mem m, Site site) {
        if (m.isDisplacementOnly()) {
            e.opcode(reg << 3 | 0b101).raw(m.displacement().number(), 4);
            return;
        }
        if (m.base() == null) {
            // SIB with base 101 and mod 00: index*scale plus a 32-bit displacement, nothing else.
            e.opcode(reg << 3 | 0b100, sib(m.scale(), m.index().code, 0b101)).raw(m.displacement().number(), 4);
            return;
        }
        boolean needsSib = m.index() != null || m.base() == Register.ESP;
        int size = displacementSize(m.displacement(), 32, m.base() == Register.EBP, site);
        if (needsSib) {
            int index = m.index() == null ? 0b100 : m.index().code;
            e.opcode(size << 6 | reg << 3 | 0b100, sib(m.scale(), index, m.base().code));
        } else {
            e.opcode(size << 6 | reg << 3 | m.base().code);
        }
        displacement(e, m.displacement(), size, 32);
    }

    private static int sib(int scale, int index, int base) {
        int ss = switch (scale) {
            case 1 -> 0;
            case 2 -> 1;
            case 4 -> 2;
            default -> 3;
        };
        return ss << 6 | index << 3 | base;
    }

    /**
     * The smallest displacement that holds the value, never smaller than in an earlier pass. A
     * displacement containing a label's address is always full width (see {@link Value}).
     */
    private static int displacementSize(Value d, int bits, boolean baseNeedsDisplacement, Site site) {
        int needed;
        if (!d.known()) {
            needed = NO_DISPLACEMENT;
        } else if (d.relocatable()) {
            needed = FULL_DISPLACEMENT;
        } else if (d.truncated(bits) == 0) {
            needed = NO_DISPLACEMENT;
        } else if (d.fitsSignExtendedByte(bits)) {
            needed = BYTE_DISPLACEMENT;
        } else {
            needed = FULL_DISPLACEMENT;
        }
        int size = site.choose(needed);
        return baseNeedsDisplacement ? Math.max(size, BYTE_DISPLACEMENT) : size;
    }

    private static void displacement(Encoding e, Value d, int size, int bits) {
        if (size == BYTE_DISPLACEMENT) {
            e.raw(d.number(), 1);
        } else if (size == FULL_DISPLACEMENT) {
            e.imm(d, bits);
        }
    }
}
