package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;

/**
 * MUL, IMUL, DIV and IDIV (SDM Vol. 2 "MUL", "IMUL", "DIV", "IDIV"). The one-operand forms use the
 * accumulator pair: AL→AX, AX→DX:AX, EAX→EDX:EAX. MUL and IMUL set CF and OF when the upper half
 * carries significant bits; their SF, ZF, AF and PF are undefined and left as they were, and so
 * are all flags after DIV. A zero divisor or a quotient that does not fit raises #DE, and the
 * accumulators keep their values.
 */
final class MulDiv {
    private MulDiv() {
    }

    /** F6/F7 /4 MUL and /5 IMUL, after the ModR/M byte was decoded. */
    static int multiply(InstructionContext c, int size, boolean signed) {
        Registers regs = c.regs;
        int src = c.rm.read(size);
        boolean upperSignificant;
        switch (size) {
            case 1 -> {
                int a = regs.get8(Registers.EAX);
                int product = signed ? (byte) a * (byte) src : a * src;
                upperSignificant = signed ? product != (byte) product : (product & 0xFF00) != 0;
                regs.set16(Registers.EAX, product);
            }
            case 2 -> {
                int a = regs.get16(Registers.EAX);
                int product = signed ? (short) a * (short) src : a * src;
                upperSignificant = signed ? product != (short) product : (product >>> 16) != 0;
                regs.set16(Registers.EAX, product);
                regs.set16(Registers.EDX, product >>> 16);
            }
            default -> {
                int a = regs.get(Registers.EAX);
                long product = signed ? (long) a * src : (a & 0xFFFFFFFFL) * (src & 0xFFFFFFFFL);
                upperSignificant = signed ? product != (int) product : (product >>> 32) != 0;
                regs.set(Registers.EAX, (int) product);
                regs.set(Registers.EDX, (int) (product >>> 32));
            }
        }
        regs.eflags = carryAndOverflow(regs.eflags, upperSignificant);
        return size == 4 ? InstructionCosts.MUL : InstructionCosts.MUL_NARROW;
    }

    /** 0F AF: IMUL reg, r/m. */
    static int imulRegister(InstructionContext c) {
        int size = c.operandSize();
        c.decodeModRm();
        return imulInto(c, size, c.readReg(c.reg, size), c.rm.read(size));
    }

    /** 69 and 6B: IMUL reg, r/m, imm (imm16/32, or imm8 sign-extended). */
    static int imulImmediate(InstructionContext c, int immediateSize) {
        int size = c.operandSize();
        c.decodeModRm();
        int src = c.rm.read(size);
        int imm = immediateSize == 1 ? c.code.nextSigned8() : c.code.immediate(size);
        return imulInto(c, size, src, imm);
    }

    /** The two- and three-operand IMUL keep the low half; CF = OF = the full product did not fit. */
    private static int imulInto(InstructionContext c, int size, int a, int b) {
        long full = (long) Flags.signExtend(a, size) * Flags.signExtend(b, size);
        int low = (int) full & Flags.mask(size);
        c.writeReg(c.reg, size, low);
        c.regs.eflags = carryAndOverflow(c.regs.eflags, full != Flags.signExtend(low, size));
        return size == 4 ? InstructionCosts.MUL : InstructionCosts.MUL_NARROW;
    }

    private static int carryAndOverflow(int eflags, boolean set) {
        return set ? eflags | Eflags.CF | Eflags.OF : eflags & ~(Eflags.CF | Eflags.OF);
    }

    /** F6/F7 /6 DIV and /7 IDIV, after the ModR/M byte was decoded: quotient and remainder into the accumulator pair. */
    static int divide(InstructionContext c, int size, boolean signed) {
        Registers regs = c.regs;
        int divisor = c.rm.read(size) & Flags.mask(size);
        String name = signed ? "IDIV" : "DIV";
        if (divisor == 0) {
            throw divideError(c, name + " by zero");
        }
        switch (size) {
            case 1 -> {
                int dividend = regs.get16(Registers.EAX);
                long q = signed ? (short) dividend / (byte) divisor : dividend / divisor;
                long r = signed ? (short) dividend % (byte) divisor : dividend % divisor;
                checkFits(c, name, q, signed, 1);
                regs.set8(0, (int) q);
                regs.set8(4, (int) r);
            }
            case 2 -> {
                int dividend = regs.get16(Registers.EDX) << 16 | regs.get16(Registers.EAX);
                long d = signed ? dividend : dividend & 0xFFFFFFFFL;
                long s = signed ? (short) divisor : divisor;
                long q = d / s;
                checkFits(c, name, q, signed, 2);
                regs.set16(Registers.EAX, (int) q);
                regs.set16(Registers.EDX, (int) (d % s));
            }
            default -> {
                long dividend = (long) regs.get(Registers.EDX) << 32 | (regs.get(Registers.EAX) & 0xFFFFFFFFL);
                long q;
                long r;
                if (signed) {
                    if (dividend == Long.MIN_VALUE && divisor == -1) {
                        throw divideError(c, "IDIV quotient does not fit in 32 bits");
                    }
                    q = dividend / divisor;
                    r = dividend % divisor;
                } else {
                    long s = divisor & 0xFFFFFFFFL;
                    q = Long.divideUnsigned(dividend, s);
                    r = Long.remainderUnsigned(dividend, s);
                    if (Long.compareUnsigned(q, 0xFFFFFFFFL) > 0) {
                        throw divideError(c, "DIV quotient does not fit in 32 bits");
                    }
                }
                checkFits(c, name, q, signed, 4);
                regs.set(Registers.EAX, (int) q);
                regs.set(Registers.EDX, (int) r);
            }
        }
        return divideCost(size, signed);
    }

    private static void checkFits(InstructionContext c, String name, long quotient, boolean signed, int size) {
        int bits = 8 * size;
        boolean fits = signed
            ? quotient >= -(1L << (bits - 1)) && quotient < (1L << (bits - 1))
            : quotient >= 0 && quotient < (1L << bits);
        if (!fits) {
            throw divideError(c, String.format("%s quotient 0x%X does not fit in %d bits", name, quotient, bits));
        }
    }

    private static CpuFault divideError(InstructionContext c, String why) {
        return new CpuFault(Vector.DE, CpuFault.NO_ERROR_CODE, why + " at " + c.code.where());
    }

    private static int divideCost(int size, boolean signed) {
        return switch (size) {
            case 1 -> signed ? InstructionCosts.IDIV8 : InstructionCosts.DIV8;
            case 2 -> signed ? InstructionCosts.IDIV16 : InstructionCosts.DIV16;
            default -> signed ? InstructionCosts.IDIV : InstructionCosts.DIV;
        };
    }
}
