package eduscc.machine.x86.disasm;

/**
 * The one-byte opcode map (SDM Vol. 2A Appendix A, Table A-2 "One-byte Opcode Map"): which family
 * spells each opcode. It decodes everything the interpreter executes (its {@code OneByteOpcodes})
 * plus the real P54C instructions that are as easy to spell (CMPS, SCAS, INS, OUTS, LAHF, SAHF,
 * ENTER, LEAVE, LDS, LES, BOUND, ARPL, XLATB, WAIT and the decimal adjusts). The rest stays
 * undecoded, on purpose: the x87 escapes D8-DF and the undocumented 82, D6 and F1.
 *
 * <p>The prefix bytes never arrive here; {@link Decoding#prefixesThenOpcode} has read them.
 */
final class OneByteMap {
    private OneByteMap() {
    }

    static Spelling decode(Decoding d, int op) {
        if (op < 0x40 && (op & 7) < 6) {
            return ArithmeticForms.classic(d, op);
        }
        if (op >= 0x40 && op < 0x50) {
            return ArithmeticForms.incDecRegister(d, op);
        }
        if (op >= 0x50 && op < 0x60) {
            return StackForms.register(d, op);
        }
        if (op >= 0x70 && op < 0x80) {
            return BranchForms.jccShort(d, op & 0xF);
        }
        if (op >= 0x91 && op < 0x98) {
            return MoveForms.xchgAccumulator(d, op & 7);
        }
        if (op >= 0xB0 && op < 0xC0) {
            return MoveForms.movImmediate(d, op);
        }
        return switch (op) {
            case 0x06, 0x0E, 0x16, 0x1E -> StackForms.segment("push", op >>> 3);
            case 0x07, 0x17, 0x1F -> StackForms.segment("pop", op >>> 3);
            case 0x0F -> TwoByteMap.decode(d, d.next8());
            case 0x27 -> Spelling.of("daa");
            case 0x2F -> Spelling.of("das");
            case 0x37 -> Spelling.of("aaa");
            case 0x3F -> Spelling.of("aas");
            case 0x60 -> StackForms.block(d, "pusha");
            case 0x61 -> StackForms.block(d, "popa");
            case 0x62 -> MoveForms.loadFarPointer(d, "bound");
            case 0x63 -> SystemForms.arpl(d);
            case 0x68, 0x6A -> StackForms.pushImmediate(d, op);
            case 0x69, 0x6B -> ArithmeticForms.imulImmediate(d, op);
            case 0x6C, 0x6D, 0x6E, 0x6F -> StringIoForms.string(d, op);
            case 0x80, 0x81, 0x83 -> ArithmeticForms.group1(d, op);
            case 0x84, 0x85 -> ArithmeticForms.test(d, op);
            case 0x86, 0x87 -> MoveForms.xchg(d, op);
            case 0x88, 0x89, 0x8A, 0x8B -> MoveForms.mov(d, op);
            case 0x8C -> MoveForms.movFromSegment(d);
            case 0x8D -> MoveForms.lea(d);
            case 0x8E -> MoveForms.movToSegment(d);
            case 0x8F -> StackForms.popRm(d);
            case 0x90 -> Spelling.of("nop");
            case 0x98, 0x99 -> MoveForms.convert(d, op);
            case 0x9A -> BranchForms.far(d, "call");
            case 0x9B -> Spelling.of("wait");
            case 0x9C -> StackForms.block(d, "pushf");
            case 0x9D -> StackForms.block(d, "popf");
            case 0x9E -> Spelling.of("sahf");
            case 0x9F -> Spelling.of("lahf");
            case 0xA0, 0xA1, 0xA2, 0xA3 -> MoveForms.moffs(d, op);
            case 0xA4, 0xA5, 0xA6, 0xA7, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF -> StringIoForms.string(d, op);
            case 0xA8, 0xA9 -> ArithmeticForms.testAccumulator(d, op);
            case 0xC0, 0xC1, 0xD0, 0xD1, 0xD2, 0xD3 -> ShiftBitForms.group2(d, op);
            case 0xC2, 0xC3 -> BranchForms.ret(d, "ret", op == 0xC2);
            case 0xC4 -> MoveForms.loadFarPointer(d, "les");
            case 0xC5 -> MoveForms.loadFarPointer(d, "lds");
            case 0xC6, 0xC7 -> MoveForms.movRmImmediate(d, op);
            case 0xC8 -> StackForms.enter(d);
            case 0xC9 -> Spelling.of("leave");
            case 0xCA, 0xCB -> BranchForms.ret(d, "retf", op == 0xCA);
            case 0xCC -> Spelling.of("int3");
            case 0xCD -> Spelling.of("int", OperandText.hex(d.next8()));
            case 0xCE -> Spelling.of("into");
            case 0xCF -> BranchForms.iret(d);
            case 0xD4 -> Spelling.of("aam", OperandText.hex(d.next8()));
            case 0xD5 -> Spelling.of("aad", OperandText.hex(d.next8()));
            case 0xD7 -> Spelling.of("xlatb");
            case 0xE0, 0xE1, 0xE2, 0xE3 -> BranchForms.loop(d, op);
            case 0xE4, 0xE5, 0xE6, 0xE7, 0xEC, 0xED, 0xEE, 0xEF -> StringIoForms.port(d, op);
            case 0xE8 -> BranchForms.call(d);
            case 0xE9 -> BranchForms.near(d, "jmp");
            case 0xEA -> BranchForms.far(d, "jmp");
            case 0xEB -> BranchForms.jmpShort(d);
            case 0xF4 -> Spelling.of("hlt");
            case 0xF5 -> Spelling.of("cmc");
            case 0xF6, 0xF7 -> ArithmeticForms.group3(d, op);
            case 0xF8 -> Spelling.of("clc");
            case 0xF9 -> Spelling.of("stc");
            case 0xFA -> Spelling.of("cli");
            case 0xFB -> Spelling.of("sti");
            case 0xFC -> Spelling.of("cld");
            case 0xFD -> Spelling.of("std");
            case 0xFE -> ArithmeticForms.group4(d);
            case 0xFF -> BranchForms.group5(d);
            default -> throw new NotAnInstruction();
        };
    }
}
