package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Eflags;

/**
 * Bit test and bit scan (SDM Vol. 2 "BT", "BSF", "BSR"; facts D.7). BT copies one bit into CF;
 * BSF and BSR find the lowest or highest set bit, which is how eduOS's scheduler finds the highest
 * ready priority ({@code msb}). With a zero source they set ZF and leave the destination
 * unchanged. The flags the SDM leaves undefined stay as they were.
 */
final class BitOps {
    private static final String[] BIT_MODIFY_NAMES = {"BTS", "BTR", "BTC"};

    private BitOps() {
    }

    /**
     * 0F A3: BT r/m, reg. With a memory operand the bit offset is a signed number that may reach
     * beyond the operand: the address moves by whole words or dwords first.
     */
    static int btRegister(InstructionContext c) {
        c.decodeModRm();
        int size = c.operandSize();
        int bit = Flags.signExtend(c.readReg(c.reg, size), size);
        if (!c.rm.isRegister()) {
            c.rm.displace((bit >> (size == 4 ? 5 : 4)) * size);
        }
        setCarry(c, c.rm.read(size), bit & (8 * size - 1));
        return c.rm.isRegister() ? InstructionCosts.BT : InstructionCosts.BT_MEM;
    }

    /** 0F BA, group 8: /4 BT r/m, imm8 (the offset is taken modulo the operand width). BTS/BTR/BTC are not in the subset. */
    static int group8(InstructionContext c) {
        c.decodeModRm();
        if (c.reg != 4) {
            throw c.reg > 4 ? c.unsupported(BIT_MODIFY_NAMES[c.reg - 5]) : c.unknown();
        }
        int size = c.operandSize();
        int bit = c.code.next8() & (8 * size - 1);
        setCarry(c, c.rm.read(size), bit);
        return InstructionCosts.BT;
    }

    private static void setCarry(InstructionContext c, int value, int bit) {
        c.regs.eflags = ((value >>> bit) & 1) != 0 ? c.regs.eflags | Eflags.CF : c.regs.eflags & ~Eflags.CF;
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
