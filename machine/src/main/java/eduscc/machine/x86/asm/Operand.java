package eduscc.machine.x86.asm;

/**
 * One operand of an instruction after parsing: a register, an immediate (which is also how a jump
 * target is written), a memory reference, or a far pointer {@code selector:offset}.
 *
 * <p>{@link #size()} is the operand size in bits that the operand itself fixes (a register's
 * width or a {@code byte}/{@code word}/{@code dword} keyword), or 0 when the operand leaves it to
 * the other operand, as {@code [bx]} and {@code 5} do.
 */
sealed interface Operand {

    int size();

    /** How far a jump or call reaches, when the program says so ({@code short}, {@code near}, {@code far}). */
    enum Distance { UNSPECIFIED, SHORT, NEAR, FAR }

    record Reg(Register register) implements Operand {
        @Override
        public int size() {
            return register.bits;
        }

        boolean isGeneral() {
            return register.isGeneral();
        }
    }

    record Imm(Value value, int size, Distance distance) implements Operand {
    }

    /**
     * A memory reference. {@code base}, {@code index} and {@code segment} may be null; for 16-bit
     * addresses {@code base} is BX or BP and {@code index} SI or DI, and {@code scale} is 1.
     * {@code addressSize} is 16 or 32 when the registers or a {@code [dword ...]} keyword fix it,
     * 0 when the current {@code bits} mode decides.
     */
    record Mem(int size, Register segment, Register base, Register index, int scale,
               Value displacement, int addressSize, Distance distance) implements Operand {

        /** A bare {@code [address]}: the only shape that can use MOV's A0-A3 moffs forms. */
        boolean isDisplacementOnly() {
            return base == null && index == null;
        }
    }

    /** {@code jmp 0x08:pm32}: a selector and an offset written out in the instruction. */
    record FarPointer(Value selector, Value offset, int size) implements Operand {
    }
}
