package eduscc.machine.x86.disasm;

import java.util.Locale;

/**
 * How registers, numbers and size keywords are written. Registers use the hardware numbering of
 * the ModR/M reg and r/m fields (SDM Vol. 2A §2.1.5, Tables 2-1 and 2-2), which is why index 4 is
 * AH, SP or ESP depending on the operand size. Numbers are lower-case hexadecimal with {@code 0x},
 * the way the kit's examples write addresses; sizes are in bytes (1, 2, 4) as in the interpreter.
 */
final class OperandText {
    private static final String[] BYTE_REGISTERS = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};
    private static final String[] WORD_REGISTERS = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    private static final String[] DWORD_REGISTERS = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    /** The Sreg field of 8C/8E and the order of the segment-override prefixes (SDM Vol. 2A §3.1.1.3). */
    private static final String[] SEGMENT_REGISTERS = {"es", "cs", "ss", "ds", "fs", "gs"};

    private OperandText() {
    }

    static String register(int code, int size) {
        return switch (size) {
            case 1 -> BYTE_REGISTERS[code];
            case 2 -> WORD_REGISTERS[code];
            default -> DWORD_REGISTERS[code];
        };
    }

    /** ES, CS, SS, DS, FS, GS for 0..5; 6 and 7 name no register, and the CPU raises #UD. */
    static String segment(int code) {
        if (code >= SEGMENT_REGISTERS.length) {
            throw new NotAnInstruction();
        }
        return SEGMENT_REGISTERS[code];
    }

    static String sizeKeyword(int size) {
        return switch (size) {
            case 1 -> "byte";
            case 2 -> "word";
            default -> "dword";
        };
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value).toLowerCase(Locale.ROOT);
    }

    /** An immediate as the operand of {@code size} bytes it becomes: {@code 0xfff0}, never {@code -0x10}. */
    static String immediate(long value, int size) {
        return hex(value & mask(size));
    }

    /** A displacement after a register, with its sign: {@code +0x10}, {@code -0x2}. */
    static String signed(long value) {
        return value < 0 ? "-" + hex(-value) : "+" + hex(value);
    }

    static long mask(int size) {
        return size == 4 ? 0xFFFF_FFFFL : (1L << (8 * size)) - 1;
    }
}
