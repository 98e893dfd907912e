package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Eflags;

/**
 * Bit test and bit scan (SDM Vol. 2 "BT", "BTS", "BTR", "BTC", "BSF", "BSR"; facts D.7). BT
 * copies one bit into CF, and BTS, BTR and BTC then set, clear or complement it; BSF and BSR
 * find the lowest or highest set bit, which is how eduOS's scheduler finds the highest ready
 * priority ({@code msb}). With a zero source they set ZF and leave the destination
 * unchanged. The flags the SDM leaves undefined stay as they were.
 */
final class BitOps {
    /** The bit instructions in the order of group 8's reg field 4-7 and of opcodes 0F A3, AB, B3, BB. */
    static final int BT = 0;
    static final int BTS = 1;
    static final int BTR = 2;
    static final int BTC = 3;

    private BitOps() {
    }

    /**
     * 0F A3 / AB / B3 / BB: BT, BTS, BTR, BTC r/m, reg. With a memory operand the bit offset is
     * a signed number that may reach beyond the operand: the address moves by whole words or
     * dwords first (SDM Vol. 2 "BT", Table 3-2), so {@code bts [bitmap], eax} sets bit EAX of a
     * bitmap of any length.
     */
    static int bitRegister(InstructionContext c, int op) {
        c.decodeModRm();
        c.checkLock(op != BT);
        int size = c.operandSize();
        int bit = Flags.signExtend(c.readReg(c.reg, size), size);
        if (!c.rm.isRegister()) {
            c.rm.displace((bit >> (size == 4 ? 5 : 4)) * size);
        }
        apply(c, op, size, bit & (8 * size - 1));
        if (c.rm.isRegister()) {
            return op == BT ? InstructionCosts.BT : InstructionCosts.BIT_MODIFY;
        }
        return c.lock ? InstructionCosts.LOCKED_RMW_SCC : InstructionCosts.BT_MEM;
    }

    /** 0F BA, group 8: /4 BT, /5 BTS, /6 BTR, /7 BTC r/m, imm8 (the offset is taken modulo the operand width). */
    static int group8(InstructionContext c) {
        c.decodeModRm();
        if (c.reg < 4) {
            throw c.unknown();
        }
        int op = c.reg - 4;
        c.checkLock(op != BT);
        int size = c.operandSize();
        int bit = c.code.next8() & (8 * size - 1);
        apply(c, op, size, bit);
        if (op == BT) {
            return InstructionCosts.BT;
        }
        if (c.rm.isRegister()) {
            return InstructionCosts.BIT_MODIFY;
        }
        return c.lock ? InstructionCosts.LOCKED_RMW_SCC : InstructionCosts.BIT_MODIFY_MEM_IMM;
    }

    /**
     * CF takes the bit; BTS sets it, BTR clears it, BTC complements it. OF, SF, AF and PF are
     * undefined in the SDM; they stay as they were (QEMU computes them from its own lazy state).
     */
    private static void apply(InstructionContext c, int op, int size, int bit) {
        int value = c.rm.read(size);
        int mask = 1 << bit;
        if (op != BT) {
            int changed = switch (op) {
                case BTS -> value | mask;
                case BTR -> value & ~mask;
                default -> value ^ mask;
            };
            c.rm.write(size, changed);
        }
        c.regs.eflags = (value & mask) != 0 ? c.regs.eflags | Eflags.CF : c.regs.eflags & ~Eflags.CF;
    }

    /** 0F BC: BSF reg, r/m — index of the lowest set bit. */
    static int bsf(InstructionContext c) {
        c.decodeModRm();
        int size = c.operandSize();
        int value = c.rm.read(size) & Flags.mask(size);
        scanResult(c, size, value, Integer.numberOfTrailingZeros(value));
        return InstructionCosts.bsf(value);
    }

    /** 0F BD: BSR reg, r/m — index of the highest set bit. */
    static int bsr(InstructionContext c) {
        c.decodeModRm();
        int size = c.operandSize();
        int value = c.rm.read(size) & Flags.mask(size);
        scanResult(c, size, value, 31 - Integer.numberOfLeadingZeros(value));
        return InstructionCosts.bsr(value, size);
    }

    private static void scanResult(InstructionContext c, int size, int value, int index) {
        if (value == 0) {
            c.regs.eflags |= Eflags.ZF;
        } else {
            c.writeReg(c.reg, size, index);
            c.regs.eflags &= ~Eflags.ZF;
        }
    }
}
