package eduscc.machine.x86;

import eduscc.machine.cpu.Eflags;

/**
 * The status flags as the arithmetic instructions leave them (SDM Vol. 1 §3.4.3.1 "Status
 * Flags", Appendix A "EFLAGS Cross-Reference") and the condition codes that Jcc and LOOPcc test
 * (Vol. 1 Appendix B "EFLAGS Condition Codes").
 *
 * <p>Where the SDM calls a flag undefined after an instruction (AF after AND, SF after MUL, all
 * flags after DIV, OF after a shift by more than one, ...), this model leaves that flag as it
 * was. Code must not depend on undefined flags, and a flag that does not move is the easiest
 * thing for a student to reason about in the debugger.
 */
final class Flags {
    /** The six status flags the arithmetic instructions write. */
    static final int STATUS = Eflags.CF | Eflags.PF | Eflags.AF | Eflags.ZF | Eflags.SF | Eflags.OF;

    /** PF is set when the low byte of a result has an even number of one bits. */
    private static final int[] PARITY = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            PARITY[i] = (Integer.bitCount(i) & 1) == 0 ? Eflags.PF : 0;
        }
    }

    private Flags() {
    }

    static int mask(int size) {
        return size == 4 ? -1 : (1 << (8 * size)) - 1;
    }

    static int signBit(int size) {
        return 1 << (8 * size - 1);
    }

    static int signExtend(int value, int size) {
        return switch (size) {
            case 1 -> (byte) value;
            case 2 -> (short) value;
            default -> value;
        };
    }

    /** SF, ZF and PF of a result already cut to {@code size} bytes. */
    static int signZeroParity(int result, int size) {
        int f = PARITY[result & 0xFF];
        if (result == 0) {
            f |= Eflags.ZF;
        }
        if ((result & signBit(size)) != 0) {
            f |= Eflags.SF;
        }
        return f;
    }

    /** Replaces the flags in {@code which} by those set in {@code values}. */
    static int merge(int eflags, int which, int values) {
        return (eflags & ~which) | (values & which);
    }

    /**
     * The condition of Jcc number {@code cc} (the low nibble of 70-7F and 0F 80-8F): O, NO, B, AE,
     * E, NE, BE, A, S, NS, P, NP, L, GE, LE, G.
     */
    static boolean condition(int cc, int eflags) {
        boolean result = switch (cc >>> 1) {
            case 0 -> (eflags & Eflags.OF) != 0;
            case 1 -> (eflags & Eflags.CF) != 0;
            case 2 -> (eflags & Eflags.ZF) != 0;
            case 3 -> (eflags & (Eflags.CF | Eflags.ZF)) != 0;
            case 4 -> (eflags & Eflags.SF) != 0;
            case 5 -> (eflags & Eflags.PF) != 0;
            case 6 -> ((eflags & Eflags.SF) != 0) != ((eflags & Eflags.OF) != 0);
            default -> (eflags & Eflags.ZF) != 0 || ((eflags & Eflags.SF) != 0) != ((eflags & Eflags.OF) != 0);
        };
        return (cc & 1) == 0 ? result : !result;
    }
}
