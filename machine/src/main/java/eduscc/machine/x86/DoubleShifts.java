package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;

/**
 * SHLD and SHRD, the double-precision shifts (SDM Vol. 2 "SHLD", "SHRD"; Vol. 1 §7.3.5.3): the
 * destination is shifted and the vacated bits are filled from the source register, which stays
 * unchanged. A 64-bit shift in 32-bit code ({@code long long x << n}) is SHLD on the high half
 * and SHL on the low half.
 *
 * <p>The count is taken modulo 32; a count of 0 changes nothing, not even the flags. CF is the
 * last bit shifted out, SF, ZF and PF follow the result, OF is defined for a count of 1 only
 * (the sign changed). Where the SDM leaves things undefined this model does what the P5 does
 * and QEMU copies: AF and OF after a longer shift stay as they were, and a 16-bit shift by 17
 * to 31 shifts the 48-bit string dest:src:dest, so the destination's own bits come back in.
 */
final class DoubleShifts {
    private DoubleShifts() {
    }

    /** 0F A4 / A5 (SHLD) and 0F AC / AD (SHRD): r/m, reg, imm8 or CL. */
    static int shift(InstructionContext c, boolean left, boolean byCl) {
        c.decodeModRm();
        int size = c.operandSize();
        int count = (byCl ? c.regs.get8(Registers.ECX) : c.code.next8()) & 31;
        int cost = !c.rm.isRegister() && byCl ? InstructionCosts.SHIFT_DOUBLE_MEM_CL : InstructionCosts.SHIFT_DOUBLE;
        int destination = c.rm.read(size);
        if (count == 0) {
            return cost;
        }
        int source = c.readReg(c.reg, size);
        long bits = concatenate(destination, source, size, left);
        int width = 8 * size;
        int result;
        long carry;
        if (left) {
            int total = size == 4 ? 64 : 48;
            result = (int) (bits >>> (total - width - count));
            carry = bits >>> (total - count);
        } else {
            result = (int) (bits >>> count);
            carry = bits >>> (count - 1);
        }
        result &= Flags.mask(size);
        int f = Flags.signZeroParity(result, size) | ((carry & 1) != 0 ? Eflags.CF : 0);
        int defined = Eflags.CF | Eflags.SF | Eflags.ZF | Eflags.PF;
        if (count == 1) {
            defined |= Eflags.OF;
            if (((result ^ destination) & Flags.signBit(size)) != 0) {
                f |= Eflags.OF;
            }
        }
        c.rm.write(size, result);
        c.regs.eflags = Flags.merge(c.regs.eflags, defined, f);
        return cost;
    }

    /**
     * The bit string that is shifted, as a long: dest:src for SHLD and src:dest for SHRD in 32
     * bits; dest:src:dest in 16 bits for both (the P5's behaviour for counts above 16).
     */
    private static long concatenate(int destination, int source, int size, boolean left) {
        long d = Integer.toUnsignedLong(destination);
        long s = Integer.toUnsignedLong(source);
        if (size == 2) {
            d &= 0xFFFF;
            s &= 0xFFFF;
            return d << 32 | s << 16 | d;
        }
        return left ? d << 32 | s : s << 32 | d;
    }
}
