package eduscc.machine.x86;

import eduscc.machine.cpu.Eflags;

/**
 * Integer arithmetic and logic with the flags the SDM defines for each instruction (Vol. 2 "ADD",
 * "ADC", "SUB", "SBB", "CMP", "AND", "OR", "XOR", "INC", "DEC", "NEG", "NOT"; Vol. 1 §3.4.3.1).
 *
 * <p>An operation computes its result and the EFLAGS value it would leave, but changes no
 * register: the instruction stores the result first (which may fault) and only then commits
 * {@link #eflags()}. That keeps a faulting instruction from leaving half its effect behind.
 *
 * <p>The eight binary operations are numbered as the x86 encodes them: in opcodes 00-3F (bits
 * 5:3) and in the reg field of group 1 (80, 81, 83).
 */
final class AluOps {
    static final int ADD = 0;
    static final int OR = 1;
    static final int ADC = 2;
    static final int SBB = 3;
    static final int AND = 4;
    static final int SUB = 5;
    static final int XOR = 6;
    static final int CMP = 7;

    static final String[] NAMES = {"ADD", "OR", "ADC", "SBB", "AND", "SUB", "XOR", "CMP"};

    private int eflags;

    /** The EFLAGS value the last operation leaves. */
    int eflags() {
        return eflags;
    }

    /** Binary operation {@code op} on {@code a} (destination) and {@code b} (source) of {@code size} bytes. */
    int binary(int op, int a, int b, int size, int flagsIn) {
        return switch (op) {
            case ADD -> add(a, b, 0, size, flagsIn);
            case ADC -> add(a, b, flagsIn & Eflags.CF, size, flagsIn);
            case SUB, CMP -> sub(a, b, 0, size, flagsIn);
            case SBB -> sub(a, b, flagsIn & Eflags.CF, size, flagsIn);
            case AND -> logic(a & b, size, flagsIn);
            case OR -> logic(a | b, size, flagsIn);
            default -> logic(a ^ b, size, flagsIn);
        };
    }

    /**
     * ADD and ADC: CF is the carry out of the top bit, OF is set when both operands have the
     * same sign and the result has the other one, AF is the carry out of bit 3.
     */
    int add(int a, int b, int carryIn, int size, int flagsIn) {
        int m = Flags.mask(size);
        a &= m;
        b &= m;
        long wide = (a & 0xFFFFFFFFL) + (b & 0xFFFFFFFFL) + carryIn;
        int r = (int) wide & m;
        int f = Flags.signZeroParity(r, size) | ((a ^ b ^ r) & Eflags.AF);
        if ((wide >>> (8 * size)) != 0) {
            f |= Eflags.CF;
        }
        if (((a ^ r) & (b ^ r) & Flags.signBit(size)) != 0) {
            f |= Eflags.OF;
        }
        eflags = Flags.merge(flagsIn, Flags.STATUS, f);
        return r;
    }

    /**
     * SUB, SBB and CMP: CF is the borrow into the top bit (a < b + borrow, unsigned), OF is set
     * when operands of different sign give a result whose sign differs from the minuend's.
     */
    int sub(int a, int b, int borrowIn, int size, int flagsIn) {
        int m = Flags.mask(size);
        a &= m;
        b &= m;
        long wide = (a & 0xFFFFFFFFL) - (b & 0xFFFFFFFFL) - borrowIn;
        int r = (int) wide & m;
        int f = Flags.signZeroParity(r, size) | ((a ^ b ^ r) & Eflags.AF);
        if (wide < 0) {
            f |= Eflags.CF;
        }
        if (((a ^ b) & (a ^ r) & Flags.signBit(size)) != 0) {
            f |= Eflags.OF;
        }
        eflags = Flags.merge(flagsIn, Flags.STATUS, f);
        return r;
    }

    /** AND, OR, XOR and TEST clear CF and OF and set SF, ZF, PF; AF is undefined (left as it was). */
    int logic(int result, int size, int flagsIn) {
        int r = result & Flags.mask(size);
        eflags = Flags.merge(flagsIn, Flags.STATUS & ~Eflags.AF, Flags.signZeroParity(r, size));
        return r;
    }

    /** INC: as ADD 1, but CF is left alone (so INC can count inside a multi-word ADC chain). */
    int inc(int a, int size, int flagsIn) {
        int r = add(a, 1, 0, size, flagsIn);
        eflags = Flags.merge(eflags, Eflags.CF, flagsIn);
        return r;
    }

    /** DEC: as SUB 1, CF left alone. */
    int dec(int a, int size, int flagsIn) {
        int r = sub(a, 1, 0, size, flagsIn);
        eflags = Flags.merge(eflags, Eflags.CF, flagsIn);
        return r;
    }

    /** NEG: 0 - a. CF is set unless a is 0; OF only for the most negative value, which has no negation. */
    int neg(int a, int size, int flagsIn) {
        return sub(0, a, 0, size, flagsIn);
    }

    /** NOT changes no flags. */
    int not(int a, int size, int flagsIn) {
        eflags = flagsIn;
        return ~a & Flags.mask(size);
    }
}
