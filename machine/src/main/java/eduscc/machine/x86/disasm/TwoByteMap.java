package eduscc.machine.x86.disasm;

/**
 * The two-byte opcode map after the 0F escape (SDM Vol. 2A Appendix A, Table A-3 "Two-byte Opcode
 * Map"): everything the interpreter's {@code TwoByteOpcodes} executes, the SCC's CL1INVMB at
 * 0F 0A (facts A.3; undefined on other x86 processors), and the neighbours LSS/LFS/LGS, UD2,
 * RDMSR and WRMSR. RSM and the debug-register moves stay undecoded.
 */
final class TwoByteMap {
    private TwoByteMap() {
    }

    static Spelling decode(Decoding d, int op) {
        if (op >= 0x80 && op < 0x90) {
            return BranchForms.jccNear(d, op & 0xF);
        }
        if (op >= 0x90 && op < 0xA0) {
            return ShiftBitForms.setcc(d, op & 0xF);
        }
        if (op >= 0xC8 && op < 0xD0) {
            return ExchangeForms.bswap(d, op & 7);
        }
        return switch (op) {
            case 0x00 -> SystemForms.group6(d);
            case 0x01 -> SystemForms.group7(d);
            case 0x02 -> SystemForms.selectorQuery(d, "lar");
            case 0x03 -> SystemForms.selectorQuery(d, "lsl");
            case 0x06 -> Spelling.of("clts");
            case 0x08 -> Spelling.of("invd");
            case 0x09 -> Spelling.of("wbinvd");
            case 0x0A -> Spelling.of("cl1invmb");
            case 0x0B -> Spelling.of("ud2");
            case 0x20 -> MoveForms.control(d, false);
            case 0x22 -> MoveForms.control(d, true);
            case 0x30 -> Spelling.of("wrmsr");
            case 0x31 -> Spelling.of("rdtsc");
            case 0x32 -> Spelling.of("rdmsr");
            case 0xA0 -> StackForms.segment("push", 4);
            case 0xA1 -> StackForms.segment("pop", 4);
            case 0xA2 -> Spelling.of("cpuid");
            case 0xA3 -> ShiftBitForms.bitTest(d, 0);
            case 0xA4, 0xA5, 0xAC, 0xAD -> ShiftBitForms.shiftDouble(d, op);
            case 0xA8 -> StackForms.segment("push", 5);
            case 0xA9 -> StackForms.segment("pop", 5);
            case 0xAB -> ShiftBitForms.bitTest(d, 1);
            case 0xAF -> ArithmeticForms.imulRegister(d);
            case 0xB0, 0xB1 -> ExchangeForms.exchange(d, "cmpxchg", op);
            case 0xB2 -> MoveForms.loadFarPointer(d, "lss");
            case 0xB3 -> ShiftBitForms.bitTest(d, 2);
            case 0xB4 -> MoveForms.loadFarPointer(d, "lfs");
            case 0xB5 -> MoveForms.loadFarPointer(d, "lgs");
            case 0xB6 -> MoveForms.extend(d, "movzx", 1);
            case 0xB7 -> MoveForms.extend(d, "movzx", 2);
            case 0xBA -> ShiftBitForms.group8(d);
            case 0xBB -> ShiftBitForms.bitTest(d, 3);
            case 0xBC -> ShiftBitForms.bitScan(d, "bsf");
            case 0xBD -> ShiftBitForms.bitScan(d, "bsr");
            case 0xBE -> MoveForms.extend(d, "movsx", 1);
            case 0xBF -> MoveForms.extend(d, "movsx", 2);
            case 0xC0, 0xC1 -> ExchangeForms.exchange(d, "xadd", op);
            case 0xC7 -> ExchangeForms.group9(d);
            default -> throw new NotAnInstruction();
        };
    }
}
