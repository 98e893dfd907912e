package eduscc.machine.x86.reference;

/**
 * The two worlds a generated program lives in, with the segment bases the batch's driver sets
 * up: real mode (16-bit code, segments 0x1000 and 0x0FF0) or flat 32-bit protected mode
 * (selectors 0x10 with base 0 and 0x18 with base 0xF000). Either way the program's variables
 * sit at linear {@link #VARS} and its scratch memory and stack right above them.
 */
enum Mode {
    REAL(16, 0x1000, 0x0FF0),
    PROTECTED(32, 0x10, 0x18);

    /** Linear address of a program's variables: the dump record and the saved fault frame. */
    static final int VARS = 0x10000;
    /** Scratch memory the program reads and writes, [VARS + SCRATCH_START, VARS + STACK_TOP). */
    static final int SCRATCH_START = 0x100;
    /** The stack grows down from here and shares the top of the scratch area. */
    static final int STACK_TOP = 0x800;
    /** Memory operands stay below this offset, so the stack has its own 256 bytes. */
    static final int DATA_END = 0x700;

    final int bits;
    /** The selector (or real-mode segment) of DS, ES and SS at the start of each program. */
    final int mainSelector;
    /** The selector of FS and GS at the start of each program: a segment with another base. */
    final int otherSelector;

    Mode(int bits, int mainSelector, int otherSelector) {
        this.bits = bits;
        this.mainSelector = mainSelector;
        this.otherSelector = otherSelector;
    }

    /** Offset of {@link #VARS} in SS: real mode's SS base is VARS itself, protected mode's is 0. */
    int varsOffset() {
        return this == REAL ? 0 : VARS;
    }

    /** The base a data segment register holding {@code selector} has; -1 for a null selector. */
    int base(int selector) {
        if (this == REAL) {
            return selector << 4;
        }
        return switch (selector) {
            case 0x10 -> 0;
            case 0x18 -> 0xF000;
            default -> -1;
        };
    }
}
