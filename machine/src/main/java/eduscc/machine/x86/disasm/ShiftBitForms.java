package eduscc.machine.x86.disasm;

/**
 * SDM Vol. 1 §7.3.5 "Shift and Rotate Instructions" and §7.3.6 "Bit and Byte Instructions":
 * group 2 (the shifts and rotates by 1, by CL or by an immediate), the bit tests BT BTS BTR BTC,
 * the bit scans BSF BSR, SETcc, and the double shifts SHLD SHRD.
 *
 * <p>A shift by one has opcodes of its own (D0/D1), because the 8086 could not shift by an
 * immediate; it is written {@code shl ax, 1}, while C1 with a count byte of one is written
 * {@code shl ax, 0x1}, so the two encodings stay apart in a listing.
 */
final class ShiftBitForms {
    /** Group 2 by reg field; /6 is an undocumented alias of SHL that the kit leaves undecoded. */
    private static final String[] SHIFTS = {"rol", "ror", "rcl", "rcr", "shl", "shr", null, "sar"};
    private static final String[] BIT_TESTS = {"bt", "bts", "btr", "btc"};

    private ShiftBitForms() {
    }

    /** Group 2: C0/C1 by an immediate byte, D0/D1 by one, D2/D3 by CL. */
    static Spelling group2(Decoding d, int opcode) {
        int size = (opcode & 1) == 0 ? 1 : d.operandSize();
        ModRm m = ModRm.read(d);
        String name = SHIFTS[m.reg];
        if (name == null) {
            throw new NotAnInstruction();
        }
        if (size != 1) {
            d.sizeShown();
        }
        String count = switch (opcode) {
            case 0xC0, 0xC1 -> OperandText.hex(d.next8());
            case 0xD0, 0xD1 -> "1";
            default -> "cl";
        };
        return Spelling.of(name, m.operand(size, true), count);
    }

    /** 0F A3 BT, 0F AB BTS, 0F B3 BTR, 0F BB BTC: r/m, reg; the three that write may carry LOCK. */
    static Spelling bitTest(Decoding d, int n) {
        int size = d.operandSize();
        d.sizeShown();
        ModRm m = ModRm.read(d);
        if (n > 0 && !m.isRegister()) {
            d.lockable();
        }
        return Spelling.of(BIT_TESTS[n], m.operand(size, false), m.regOperand(size));
    }

    /** 0F BA, group 8: /4 BT, /5 BTS, /6 BTR, /7 BTC r/m, imm8; /0 to /3 are undefined. */
    static Spelling group8(Decoding d) {
        ModRm m = ModRm.read(d);
        if (m.reg < 4) {
            throw new NotAnInstruction();
        }
        int size = d.operandSize();
        d.sizeShown();
        if (m.reg > 4 && !m.isRegister()) {
            d.lockable();
        }
        return Spelling.of(BIT_TESTS[m.reg - 4], m.operand(size, true), OperandText.hex(d.next8()));
    }

    /** 0F BC BSF and 0F BD BSR: reg, r/m. */
    static Spelling bitScan(Decoding d, String name) {
        int size = d.operandSize();
        d.sizeShown();
        ModRm m = ModRm.read(d);
        return Spelling.of(name, m.regOperand(size), m.operand(size, false));
    }

    /** 0F 90+cc: SETcc r/m8 stores 1 or 0; a byte operand needs no size keyword. */
    static Spelling setcc(Decoding d, int condition) {
        ModRm m = ModRm.read(d);
        return Spelling.of("set" + BranchForms.CONDITIONS[condition], m.operand(1, false));
    }

    /** 0F A4/A5 SHLD and 0F AC/AD SHRD: r/m, reg, and the count as an immediate byte or CL. */
    static Spelling shiftDouble(Decoding d, int opcode) {
        int size = d.operandSize();
        d.sizeShown();
        ModRm m = ModRm.read(d);
        String name = opcode < 0xA8 ? "shld" : "shrd";
        String count = (opcode & 1) == 0 ? OperandText.hex(d.next8()) : "cl";
        return Spelling.of(name, m.operand(size, false), m.regOperand(size), count);
    }
}
