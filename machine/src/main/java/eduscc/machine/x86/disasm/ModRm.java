package eduscc.machine.x86.disasm;

/**
 * The ModR/M byte with its SIB byte and displacement, read into the r/m operand's text (SDM Vol.
 * 2A §2.1.5, Tables 2-1 "16-Bit Addressing Forms with the ModR/M Byte", 2-2 "32-Bit Addressing
 * Forms with the ModR/M Byte" and 2-3 "32-Bit Addressing Forms with the SIB Byte"). The address
 * size picks the table, so {@code [bx+si]} and {@code [eax]} are the same bits under 16- and
 * 32-bit addressing.
 *
 * <p>The SIB byte and the displacement are read at once, because they come before any immediate
 * in the instruction; the reg field stays a number, since only the opcode knows whether it names
 * a register, a segment register, a control register or an operation of a group.
 *
 * <p>A displacement after a register is written with its sign when it is one byte, which the CPU
 * sign-extends ({@code [bp-0x2]}), and unsigned when it is a full word or dword
 * ({@code [bx+0x9000]}); a bare address is always unsigned.
 */
final class ModRm {
    private static final String[] BASES_16 = {"bx+si", "bx+di", "bp+si", "bp+di", "si", "di", "bp", "bx"};

    final int mod;
    final int reg;
    final int rm;
    /** The memory operand in brackets, or null when mod is 11 and r/m names a register. */
    private final String address;

    private ModRm(int mod, int reg, int rm, String address) {
        this.mod = mod;
        this.reg = reg;
        this.rm = rm;
        this.address = address;
    }

    static ModRm read(Decoding d) {
        int modrm = d.next8();
        int mod = modrm >>> 6;
        int reg = (modrm >>> 3) & 7;
        int rm = modrm & 7;
        if (mod == 3) {
            return new ModRm(mod, reg, rm, null);
        }
        String inside = d.address32() ? address32(d, mod, rm) : address16(d, mod, rm);
        d.addressShown();
        return new ModRm(mod, reg, rm, "[" + inside + "]");
    }

    private static String address16(Decoding d, int mod, int rm) {
        if (mod == 0 && rm == 6) {
            return displacementOnly(d, OperandText.hex(d.next16()));
        }
        String base = segmentPrefix(d) + BASES_16[rm];
        return switch (mod) {
            case 1 -> base + OperandText.signed(d.nextSigned8());
            case 2 -> base + "+" + OperandText.hex(d.next16());
            default -> base;
        };
    }

    private static String address32(Decoding d, int mod, int rm) {
        if (mod == 0 && rm == 5) {
            return displacementOnly(d, OperandText.hex(d.unsigned(4)));
        }
        String registers;
        boolean noBase = false;
        if (rm == 4) {
            int sib = d.next8();
            int scale = 1 << (sib >>> 6);
            int index = (sib >>> 3) & 7;
            int base = sib & 7;
            // Base 101 with mod 00 means "no base, a dword displacement": [index*scale+disp32].
            noBase = base == 5 && mod == 0;
            String indexText = index == 4 ? "" : OperandText.register(index, 4) + (scale == 1 ? "" : "*" + scale);
            String baseText = noBase ? "" : OperandText.register(base, 4);
            registers = baseText.isEmpty() || indexText.isEmpty() ? baseText + indexText : baseText + "+" + indexText;
        } else {
            registers = OperandText.register(rm, 4);
        }
        if (registers.isEmpty()) {
            // A SIB byte naming neither base nor index: only the displacement is left.
            return displacementOnly(d, OperandText.hex(d.unsigned(4)));
        }
        String text = segmentPrefix(d) + registers;
        if (noBase || mod == 2) {
            return text + "+" + OperandText.hex(d.unsigned(4));
        }
        return mod == 1 ? text + OperandText.signed(d.nextSigned8()) : text;
    }

    /**
     * A bare address has no register to show the address size, so when it is not the mode's
     * size the kit's assembler wants it inside the brackets: {@code [dword 0x12345678]}.
     */
    static String displacementOnly(Decoding d, String number) {
        String hint = d.address32() == d.mode32() ? "" : d.address32() ? "dword " : "word ";
        return hint + segmentPrefix(d) + number;
    }

    /** {@code cs:} when an override prefix names a segment; it then needs no prefix word. */
    static String segmentPrefix(Decoding d) {
        if (d.segment() < 0) {
            return "";
        }
        d.segmentShown();
        return OperandText.segment(d.segment()) + ":";
    }

    boolean isRegister() {
        return address == null;
    }

    /** The r/m operand: a register of {@code size} bytes, or the memory operand with its size keyword if asked. */
    String operand(int size, boolean keyword) {
        if (address == null) {
            return OperandText.register(rm, size);
        }
        return keyword ? OperandText.sizeKeyword(size) + " " + address : address;
    }

    /** The memory operand of an instruction that has no register form (LEA, LGDT, far pointers). */
    String memory() {
        if (address == null) {
            throw new NotAnInstruction();
        }
        return address;
    }

    /** The reg field as a general register of {@code size} bytes. */
    String regOperand(int size) {
        return OperandText.register(reg, size);
    }
}
