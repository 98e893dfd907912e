package eduscc.machine.x86.disasm;

import java.util.Random;

/**
 * Operands for the round-trip corpus, written the way a student writes them for the kit's
 * assembler: registers by size, immediates that fit their operand, and memory operands in both
 * address sizes with every ModR/M and SIB shape, random but seeded so a failure reproduces.
 */
final class RandomOperands {
    static final String[] BYTE_REGISTERS = {"al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"};
    static final String[] WORD_REGISTERS = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
    static final String[] DWORD_REGISTERS = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    static final String[] SEGMENTS = {"es", "cs", "ss", "ds", "fs", "gs"};
    private static final String[] BASES_16 = {"bx+si", "bx+di", "bp+si", "bp+di", "si", "di", "bp", "bx"};

    private final Random random;
    private final int bits;

    RandomOperands(Random random, int bits) {
        this.random = random;
        this.bits = bits;
    }

    static String register(int size, int code) {
        return switch (size) {
            case 1 -> BYTE_REGISTERS[code];
            case 2 -> WORD_REGISTERS[code];
            default -> DWORD_REGISTERS[code];
        };
    }

    String register(int size) {
        return register(size, random.nextInt(8));
    }

    static String keyword(int size) {
        return switch (size) {
            case 1 -> "byte";
            case 2 -> "word";
            default -> "dword";
        };
    }

    /** An immediate that fits {@code size} bytes: small, negative, or as wide as the operand. */
    String immediate(int size) {
        long limit = size == 4 ? 0x1_0000_0000L : 1L << (8 * size);
        return switch (random.nextInt(4)) {
            case 0 -> "0x" + Integer.toHexString(random.nextInt(0x80));
            case 1 -> Integer.toString(-1 - random.nextInt(0x80));
            case 2 -> "0x" + Long.toHexString(0x80 + (long) (random.nextDouble() * (limit - 0x80)));
            default -> Integer.toString(random.nextInt(2));
        };
    }

    /** A memory operand, mostly in the mode's address size, sometimes in the other one (a 0x67 prefix). */
    String memory() {
        boolean thirtyTwo = random.nextInt(10) < 3 ? bits == 16 : bits == 32;
        String segment = random.nextInt(10) < 3 ? SEGMENTS[random.nextInt(SEGMENTS.length)] + ":" : "";
        return "[" + (thirtyTwo ? address32(segment) : address16(segment)) + "]";
    }

    /** Table 2-1's eight register combinations, or a bare address, with no, a byte or a word displacement. */
    private String address16(String segment) {
        if (random.nextInt(10) == 0) {
            return (bits == 16 ? "" : "word ") + segment + "0x" + Integer.toHexString(random.nextInt(0x10000));
        }
        return segment + BASES_16[random.nextInt(8)] + displacement(0x10000);
    }

    /** Base, index times scale and displacement in every combination the SIB byte can hold. */
    private String address32(String segment) {
        if (random.nextInt(10) == 0) {
            return (bits == 32 ? "" : "dword ") + segment + "0x" + Long.toHexString(random.nextLong() & 0xFFFF_FFFFL);
        }
        String base = random.nextInt(4) == 0 ? null : DWORD_REGISTERS[random.nextInt(8)];
        String index = null;
        if (base == null || random.nextBoolean()) {
            int code = random.nextInt(7);
            index = DWORD_REGISTERS[code >= 4 ? code + 1 : code] + "*" + (1 << random.nextInt(4));
        }
        String registers = base == null ? index : index == null ? base : base + "+" + index;
        return segment + registers + displacement(0x1_0000_0000L);
    }

    private String displacement(long limit) {
        return switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> {
                int d = random.nextInt(255) - 127;
                yield d < 0 ? "-0x" + Integer.toHexString(-d) : "+0x" + Integer.toHexString(d);
            }
            default -> "+0x" + Long.toHexString(0x80 + (long) (random.nextDouble() * (limit - 0x100)));
        };
    }

    /** A relative target {@code $+n} that a short branch at the start of the line can reach. */
    String shortTarget() {
        return "$" + signed(random.nextInt(250) - 124);
    }

    /** A relative target anywhere within a near branch's reach. */
    String nearTarget() {
        return "$" + signed(random.nextInt(0x8000) - 0x4000);
    }

    private static String signed(int n) {
        return n < 0 ? "-" + (-n) : "+" + n;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
