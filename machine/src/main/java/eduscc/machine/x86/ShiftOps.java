package eduscc.machine.x86;

import eduscc.machine.cpu.Eflags;

/**
 * Shifts and rotates (SDM Vol. 2 "SAL/SAR/SHL/SHR — Shift" and "RCL/RCR/ROL/ROR — Rotate"),
 * numbered as the reg field of group 2 (C0, C1, D0-D3) encodes them. Like {@link AluOps} they
 * compute the result and the EFLAGS value without changing a register.
 *
 * <p>The P54C masks every count to 5 bits. A masked count of 0 changes nothing, not even the
 * flags. OF is defined only for a count of 1; for larger counts it is left as it was (see
 * {@link Flags}). AF is undefined after a shift and is left too. CF is the last bit shifted out,
 * also for SHL/SHR counts at or beyond the operand size, where the SDM calls it undefined.
 */
final class ShiftOps {
    static final int ROL = 0;
    static final int ROR = 1;
    static final int RCL = 2;
    static final int RCR = 3;
    static final int SHL = 4;
    static final int SHR = 5;
    /** Reg field 6 is an undocumented alias of SHL; the interpreter refuses it. */
    static final int SAR = 7;

    static final String[] NAMES = {"ROL", "ROR", "RCL", "RCR", "SHL", "SHR", "SAL?", "SAR"};

    private int eflags;

    int eflags() {
        return eflags;
    }

    int apply(int op, int value, int rawCount, int size, int flagsIn) {
        int count = rawCount & 0x1F;
        int v = value & Flags.mask(size);
        eflags = flagsIn;
        if (count == 0) {
            return v;
        }
        return switch (op) {
            case ROL -> rol(v, count, size, flagsIn);
            case ROR -> ror(v, count, size, flagsIn);
            case RCL -> rcl(v, count, size, flagsIn);
            case RCR -> rcr(v, count, size, flagsIn);
            case SHL -> shl(v, count, size, flagsIn);
            case SHR -> shr(v, count, size, flagsIn);
            default -> sar(v, count, size, flagsIn);
        };
    }

    private static boolean msb(int v, int size) {
        return (v & Flags.signBit(size)) != 0;
    }

    private int shl(int v, int count, int size, int flagsIn) {
        long wide = (v & 0xFFFFFFFFL) << count;
        int r = (int) wide & Flags.mask(size);
        boolean cf = ((wide >>> (8 * size)) & 1) != 0;
        int f = Flags.signZeroParity(r, size) | (cf ? Eflags.CF : 0);
        int which = Eflags.CF | Eflags.PF | Eflags.ZF | Eflags.SF;
        if (count == 1) {
            f |= msb(r, size) != cf ? Eflags.OF : 0;
            which |= Eflags.OF;
        }
        eflags = Flags.merge(flagsIn, which, f);
        return r;
    }

    private int shr(int v, int count, int size, int flagsIn) {
        int r = v >>> count;
        boolean cf = ((v >>> (count - 1)) & 1) != 0;
        int f = Flags.signZeroParity(r, size) | (cf ? Eflags.CF : 0);
        int which = Eflags.CF | Eflags.PF | Eflags.ZF | Eflags.SF;
        if (count == 1) {
            f |= msb(v, size) ? Eflags.OF : 0;
            which |= Eflags.OF;
        }
        eflags = Flags.merge(flagsIn, which, f);
        return r;
    }

    /** SAR keeps the sign: the operand is sign-extended first, so large counts fill with the sign bit. */
    private int sar(int v, int count, int size, int flagsIn) {
        int signed = Flags.signExtend(v, size);
        int r = (signed >> count) & Flags.mask(size);
        boolean cf = ((signed >> (count - 1)) & 1) != 0;
        int f = Flags.signZeroParity(r, size) | (cf ? Eflags.CF : 0);
        int which = Eflags.CF | Eflags.PF | Eflags.ZF | Eflags.SF;
        if (count == 1) {
            which |= Eflags.OF;
        }
        eflags = Flags.merge(flagsIn, which, f);
        return r;
    }

    /** ROL and ROR rotate by the count modulo the operand width, but set CF for every nonzero masked count. */
    private int rol(int v, int count, int size, int flagsIn) {
        int bits = 8 * size;
        int n = count % bits;
        int r = n == 0 ? v : ((v << n) | (v >>> (bits - n))) & Flags.mask(size);
        boolean cf = (r & 1) != 0;
        int f = cf ? Eflags.CF : 0;
        int which = Eflags.CF;
        if (count == 1) {
            f |= msb(r, size) != cf ? Eflags.OF : 0;
            which |= Eflags.OF;
        }
        eflags = Flags.merge(flagsIn, which, f);
        return r;
    }

    private int ror(int v, int count, int size, int flagsIn) {
        int bits = 8 * size;
        int n = count % bits;
        int r = n == 0 ? v : ((v >>> n) | (v << (bits - n))) & Flags.mask(size);
        boolean top = msb(r, size);
        int f = top ? Eflags.CF : 0;
        int which = Eflags.CF;
        if (count == 1) {
            boolean next = (r & (Flags.signBit(size) >>> 1)) != 0;
            f |= top != next ? Eflags.OF : 0;
            which |= Eflags.OF;
        }
        eflags = Flags.merge(flagsIn, which, f);
        return r;
    }

    /**
     * RCL and RCR rotate the operand and CF together, a ring of width+1 bits, so the count is
     * taken modulo 9 for bytes and 17 for words. A count that comes to 0 leaves CF alone.
     */
    private int rcl(int v, int count, int size, int flagsIn) {
        int bits = 8 * size;
        int n = size == 4 ? count : count % (bits + 1);
        boolean cfIn = (flagsIn & Eflags.CF) != 0;
        if (n == 0) {
            return v;
        }
        long ringMask = (1L << (bits + 1)) - 1;
        long ring = ((cfIn ? 1L : 0L) << bits) | (v & 0xFFFFFFFFL);
        ring = ((ring << n) | (ring >>> (bits + 1 - n))) & ringMask;
        int r = (int) ring & Flags.mask(size);
        boolean cf = ((ring >>> bits) & 1) != 0;
        int f = cf ? Eflags.CF : 0;
        int which = Eflags.CF;
        if (count == 1) {
            f |= msb(r, size) != cf ? Eflags.OF : 0;
            which |= Eflags.OF;
        }
        eflags = Flags.merge(flagsIn, which, f);
        return r;
    }

    /** RCR's OF (count 1) comes from the operand before the rotate: its top bit XOR the old CF. */
    private int rcr(int v, int count, int size, int flagsIn) {
        int bits = 8 * size;
        int n = size == 4 ? count : count % (bits + 1);
        boolean cfIn = (flagsIn & Eflags.CF) != 0;
        if (n == 0) {
            return v;
        }
        int which = Eflags.CF;
        int f = 0;
        if (count == 1) {
            f |= msb(v, size) != cfIn ? Eflags.OF : 0;
            which |= Eflags.OF;
        }
        long ringMask = (1L << (bits + 1)) - 1;
        long ring = ((cfIn ? 1L : 0L) << bits) | (v & 0xFFFFFFFFL);
        ring = ((ring >>> n) | (ring << (bits + 1 - n))) & ringMask;
        int r = (int) ring & Flags.mask(size);
        f |= ((ring >>> bits) & 1) != 0 ? Eflags.CF : 0;
        eflags = Flags.merge(flagsIn, which, f);
        return r;
    }
}
