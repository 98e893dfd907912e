package eduscc.machine.x86.disasm;

import java.util.Arrays;

/**
 * One instruction being decoded (SDM Vol. 2A §2.1 "Instruction Format"): the bytes read so far,
 * the prefixes seen (§2.1.1) and the operand and address size they leave, and what the operands
 * as spelled already say about those prefixes.
 *
 * <p>That last part is what makes the text assemble back to the same bytes. The kit's assembler
 * (like NASM) derives 0x66, 0x67 and a segment override from the operands: {@code mov eax, 1} in
 * 16-bit code gets 0x66 because of EAX, {@code mov al, [cs:si]} gets 0x2E because of the
 * {@code cs:}. An opcode family tells this object when its operands show the operand size
 * ({@link #sizeShown}), the address size ({@link #addressShown}) or the segment
 * ({@link #segmentShown}); a prefix that no operand shows is written as a prefix word instead
 * ({@code o32 lgdt [...]}, {@code a32 movsb}, {@code cs lodsb}).
 */
final class Decoding {
    /** The longest instruction the processor accepts, prefixes included (SDM Vol. 2A §2.3.11). */
    static final int MAX_LENGTH = 15;

    private final ByteSource code;
    private final long start;
    private final boolean mode32;
    private final byte[] bytes = new byte[MAX_LENGTH];
    private int length;

    private boolean operand32;
    private boolean address32;
    private boolean operandPrefix;
    private boolean addressPrefix;
    /** The segment register of the last override prefix (a later one replaces an earlier one), or -1. */
    private int segment = -1;
    /** LOCK, REP and REPNE words in the order their bytes came, one per byte, so each comes back. */
    private final StringBuilder lockAndRepeat = new StringBuilder();
    private boolean lock;
    private boolean repeatPrefix;

    private boolean sizeShown;
    private boolean addressShown;
    private boolean segmentShown;
    private boolean lockable;
    private boolean comparesStrings;

    /** @param mode32 whether the code segment's default sizes are 32 bits (CS.D), else 16 */
    Decoding(ByteSource code, long start, boolean mode32) {
        this.code = code;
        this.start = start;
        this.mode32 = mode32;
        this.operand32 = mode32;
        this.address32 = mode32;
    }

    /**
     * Reads the prefixes and returns the first opcode byte. 0x66 and 0x67 switch to the size that
     * is not the default; repeating one changes nothing more, as on the CPU.
     */
    int prefixesThenOpcode() {
        while (true) {
            int b = next8();
            switch (b) {
                case 0x66 -> {
                    operandPrefix = true;
                    operand32 = !mode32;
                }
                case 0x67 -> {
                    addressPrefix = true;
                    address32 = !mode32;
                }
                case 0x26 -> segment = 0;
                case 0x2E -> segment = 1;
                case 0x36 -> segment = 2;
                case 0x3E -> segment = 3;
                case 0x64 -> segment = 4;
                case 0x65 -> segment = 5;
                case 0xF0 -> {
                    lock = true;
                    lockAndRepeat.append('L');
                }
                case 0xF2, 0xF3 -> {
                    repeatPrefix = true;
                    lockAndRepeat.append(b == 0xF3 ? 'E' : 'N');
                }
                default -> {
                    return b;
                }
            }
        }
    }

    int next8() {
        if (length == MAX_LENGTH) {
            throw new NotAnInstruction();
        }
        int b = code.byteAt(start + length);
        if (b < 0 || b > 0xFF) {
            throw new NotAnInstruction();
        }
        bytes[length++] = (byte) b;
        return b;
    }

    int nextSigned8() {
        return (byte) next8();
    }

    int next16() {
        return next8() | next8() << 8;
    }

    /** An unsigned field of 1, 2 or 4 bytes, little-endian like every multi-byte field of x86. */
    long unsigned(int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (long) next8() << (8 * i);
        }
        return value;
    }

    /** A field of 1, 2 or 4 bytes read as the signed number the CPU adds to an address or EIP. */
    long signed(int size) {
        long value = unsigned(size);
        int shift = 64 - 8 * size;
        return value << shift >> shift;
    }

    /**
     * Where a relative branch whose displacement was just read goes: from the end of the
     * instruction, in the flat 32-bit address space. (A 16-bit IP would wrap inside its segment;
     * the kit's code never relies on that, and the assembler measures jumps the same flat way.)
     */
    long target(long displacement) {
        return (start + length + displacement) & 0xFFFF_FFFFL;
    }

    boolean mode32() {
        return mode32;
    }

    int operandSize() {
        return operand32 ? 4 : 2;
    }

    int defaultSize() {
        return mode32 ? 4 : 2;
    }

    boolean address32() {
        return address32;
    }

    int segment() {
        return segment;
    }

    boolean repeatPrefix() {
        return repeatPrefix;
    }

    /** The operands as spelled fix the operand size, so 0x66 needs no word of its own. */
    void sizeShown() {
        sizeShown = true;
    }

    void addressShown() {
        addressShown = true;
    }

    void segmentShown() {
        segmentShown = true;
    }

    /** The SDM allows LOCK on this form: a read-modify-write whose destination is in memory. */
    void lockable() {
        lockable = true;
    }

    /** CMPS and SCAS, whose F3 prefix is called REPE: it also stops on a mismatch. */
    void comparesStrings() {
        comparesStrings = true;
    }

    /** LOCK on anything but a read-modify-write of memory raises #UD (SDM Vol. 2A "LOCK"). */
    void checkLock() {
        if (lock && !lockable) {
            throw new NotAnInstruction();
        }
    }

    /**
     * The prefix words in the order the kit's assembler writes their bytes: LOCK and REP as
     * they came, then a segment no operand shows, then o16/o32 and a16/a32.
     */
    String prefixWords() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < lockAndRepeat.length(); i++) {
            words.append(switch (lockAndRepeat.charAt(i)) {
                case 'L' -> "lock ";
                case 'E' -> comparesStrings ? "repe " : "rep ";
                default -> "repne ";
            });
        }
        if (segment >= 0 && !segmentShown) {
            words.append(OperandText.segment(segment)).append(' ');
        }
        if (operandPrefix && !sizeShown) {
            words.append(operand32 ? "o32 " : "o16 ");
        }
        if (addressPrefix && !addressShown) {
            words.append(address32 ? "a32 " : "a16 ");
        }
        return words.toString();
    }

    /** The bytes read so far: the whole instruction once it is decoded. */
    byte[] bytes() {
        return Arrays.copyOf(bytes, length);
    }
}
