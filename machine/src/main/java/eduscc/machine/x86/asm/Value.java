package eduscc.machine.x86.asm;

import java.util.Locale;

/**
 * A number computed at assembly time, together with two facts the encoders need besides the bits.
 *
 * <p>{@code known} is false for a forward reference in the first pass, before the label has been
 * seen; encoders then assume the smallest form and let later passes grow it.
 *
 * <p>{@code relocation} counts how many label addresses the value contains (a label counts +1,
 * a subtracted label -1). A value that still contains an address, such as {@code gdt_ptr} or
 * {@code $}, would change if the program were placed elsewhere; like NASM we always encode such a
 * value at full width, so that an instruction's size never depends on the origin. A difference of
 * two labels is a plain number and may use the short forms.
 *
 * <p>Arithmetic is done on 64 bits as NASM does; fields of 32 bits or more simply take the low
 * bits, while 8- and 16-bit fields insist that the value fits (see {@link #fits}).
 */
record Value(long number, boolean known, int relocation) {

    static final Value UNKNOWN = new Value(0, false, 0);

    /**
     * An unknown value carries no number, so that {@code a equ a + 1} stays the same unknown in
     * every pass instead of counting up and keeping the passes from settling.
     */
    Value {
        if (!known) {
            number = 0;
            relocation = 0;
        }
    }

    static Value of(long number) {
        return new Value(number, true, 0);
    }

    static Value address(long address) {
        return new Value(address, true, 1);
    }

    boolean relocatable() {
        return relocation != 0;
    }

    /** A number that no placement could change and that is already known. */
    boolean isConstant() {
        return known && relocation == 0;
    }

    /**
     * Whether the value can be stored in a field of {@code bits} bits, read either as signed or
     * unsigned: {@code db -1} and {@code db 255} both make FF. Fields of 32 bits or more accept
     * anything and keep the low bits, because x86 address arithmetic wraps at 4 GiB.
     */
    boolean fits(int bits) {
        if (bits >= 32) {
            return true;
        }
        return number >= -(1L << (bits - 1)) && number <= (1L << bits) - 1;
    }

    /**
     * Whether the value, taken as an operand of {@code operandBits}, survives being stored as one
     * byte and sign-extended back by the CPU (the 0x83, 0x6A and 0x6B forms). {@code and ax,
     * 0xFFF0} qualifies because 0xFFF0 is -16 in 16 bits.
     */
    boolean fitsSignExtendedByte(int operandBits) {
        long wide = signExtend(truncated(operandBits), operandBits);
        return wide >= -128 && wide <= 127;
    }

    /** The low {@code bits} bits, as an unsigned number. */
    long truncated(int bits) {
        return bits >= 64 ? number : number & ((1L << bits) - 1);
    }

    static long signExtend(long value, int bits) {
        int shift = 64 - bits;
        return (value << shift) >> shift;
    }

    /** How the value reads in a message: decimal up to 16 bits, hexadecimal beyond, as a student would write them. */
    String shown() {
        return number > -0x10000 && number < 0x10000 ? Long.toString(number)
                : "0x" + Long.toHexString(number).toUpperCase(Locale.ROOT);
    }
}
