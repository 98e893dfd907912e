package eduscc.machine.x86;

import eduscc.machine.cpu.Registers;

/**
 * The one-byte opcode map of the subset (SDM Vol. 2 Appendix A, Table A-2 "One-byte Opcode
 * Map"): which handler runs each opcode. Opcodes that exist on the P54C but are outside the
 * subset raise #UD naming the instruction, so a student sees "WAIT is not in the interpreter's
 * subset" rather than a bare unknown opcode.
 */
final class OneByteOpcodes {
    /** Names of real instructions the interpreter does not run. */
    private static final String[] BEYOND_SUBSET = new String[256];

    static {
        String[][] names = {
            {"82", "the 82 alias of group 1"}, {"9B", "WAIT"},
            {"D6", "SALC"}, {"F1", "ICEBP"},
        };
        for (String[] n : names) {
            BEYOND_SUBSET[Integer.parseInt(n[0], 16)] = n[1];
        }
        for (int fpu = 0xD8; fpu <= 0xDF; fpu++) {
            BEYOND_SUBSET[fpu] = "x87 FPU instruction";
        }
    }

    private OneByteOpcodes() {
    }

    /**
     * Opcodes whose memory forms may carry LOCK: the read-modify-write ALU forms, group 1, XCHG,
     * groups 3, 4 and 5 (the handler then checks the form: NOT/NEG, INC/DEC, a memory destination),
     * and the 0F escape, whose map decides for its own opcodes.
     */
    static boolean lockable(int opcode) {
        return switch (opcode) {
            case 0x00, 0x01, 0x08, 0x09, 0x10, 0x11, 0x18, 0x19, 0x20, 0x21, 0x28, 0x29, 0x30, 0x31,
                 0x0F, 0x80, 0x81, 0x83, 0x86, 0x87, 0xF6, 0xF7, 0xFE, 0xFF -> true;
            default -> false;
        };
    }

    static int execute(InstructionContext c, int op) {
        int v = c.operandSize();
        return switch (op) {
            case 0x00, 0x08, 0x10, 0x18, 0x20, 0x28, 0x30, 0x38 -> Arithmetic.rmReg(c, op >>> 3, 1);
            case 0x01, 0x09, 0x11, 0x19, 0x21, 0x29, 0x31, 0x39 -> Arithmetic.rmReg(c, op >>> 3, v);
            case 0x02, 0x0A, 0x12, 0x1A, 0x22, 0x2A, 0x32, 0x3A -> Arithmetic.regRm(c, op >>> 3, 1);
            case 0x03, 0x0B, 0x13, 0x1B, 0x23, 0x2B, 0x33, 0x3B -> Arithmetic.regRm(c, op >>> 3, v);
            case 0x04, 0x0C, 0x14, 0x1C, 0x24, 0x2C, 0x34, 0x3C -> Arithmetic.accumulatorImmediate(c, op >>> 3, 1);
            case 0x05, 0x0D, 0x15, 0x1D, 0x25, 0x2D, 0x35, 0x3D -> Arithmetic.accumulatorImmediate(c, op >>> 3, v);
            case 0x06, 0x0E, 0x16, 0x1E -> StackInstructions.pushSegment(c, op >>> 3);
            case 0x07, 0x17, 0x1F -> StackInstructions.popSegment(c, op >>> 3);
            case 0x0F -> TwoByteOpcodes.execute(c);
            case 0x27 -> DecimalAdjust.daa(c);
            case 0x2F -> DecimalAdjust.das(c);
            case 0x37 -> DecimalAdjust.aaa(c);
            case 0x3F -> DecimalAdjust.aas(c);
            case 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47 -> Arithmetic.incRegister(c, op & 7);
            case 0x48, 0x49, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F -> Arithmetic.decRegister(c, op & 7);
            case 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57 -> StackInstructions.pushRegister(c, op & 7);
            case 0x58, 0x59, 0x5A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F -> StackInstructions.popRegister(c, op & 7);
            case 0x60 -> StackInstructions.pusha(c);
            case 0x61 -> StackInstructions.popa(c);
            case 0x62 -> FarPointerLoads.bound(c);
            case 0x63 -> SelectorChecks.arpl(c);
            case 0x68 -> StackInstructions.pushImmediate(c, v);
            case 0x6C -> StringIo.ins(c, 1);
            case 0x6D -> StringIo.ins(c, v);
            case 0x6E -> StringIo.outs(c, 1);
            case 0x6F -> StringIo.outs(c, v);
            case 0x6A -> StackInstructions.pushImmediate(c, 1);
            case 0x69 -> MulDiv.imulImmediate(c, v);
            case 0x6B -> MulDiv.imulImmediate(c, 1);
            case 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
                 0x78, 0x79, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F -> ControlFlow.jcc(c, op & 0xF, 1);
            case 0x80 -> Arithmetic.group1(c, 1, 1);
            case 0x81 -> Arithmetic.group1(c, v, v);
            case 0x83 -> Arithmetic.group1(c, v, 1);
            case 0x84 -> Arithmetic.test(c, 1);
            case 0x85 -> Arithmetic.test(c, v);
            case 0x86 -> DataTransfer.xchg(c, 1);
            case 0x87 -> DataTransfer.xchg(c, v);
            case 0x88 -> DataTransfer.movRmReg(c, 1);
            case 0x89 -> DataTransfer.movRmReg(c, v);
            case 0x8A -> DataTransfer.movRegRm(c, 1);
            case 0x8B -> DataTransfer.movRegRm(c, v);
            case 0x8C -> Segments.movFromSreg(c);
            case 0x8D -> DataTransfer.lea(c);
            case 0x8E -> Segments.movToSreg(c);
            case 0x8F -> StackInstructions.popRm(c);
            case 0x90 -> DataTransfer.nop();
            case 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97 -> DataTransfer.xchgAccumulator(c, op & 7);
            case 0x98 -> DataTransfer.convertAccumulator(c);
            case 0x99 -> DataTransfer.convertToDouble(c);
            case 0x9A -> FarTransfers.callFarPointer(c);
            case 0x9C -> StackInstructions.pushf(c);
            case 0x9E -> ConditionBytes.sahf(c);
            case 0x9F -> ConditionBytes.lahf(c);
            case 0x9D -> StackInstructions.popf(c);
            case 0xA0, 0xA1, 0xA2, 0xA3 -> DataTransfer.movOffset(c, op);
            case 0xA4 -> StringOps.movs(c, 1);
            case 0xA5 -> StringOps.movs(c, v);
            case 0xA6 -> StringOps.cmps(c, 1);
            case 0xA7 -> StringOps.cmps(c, v);
            case 0xA8 -> Arithmetic.testAccumulator(c, 1);
            case 0xA9 -> Arithmetic.testAccumulator(c, v);
            case 0xAA -> StringOps.stos(c, 1);
            case 0xAB -> StringOps.stos(c, v);
            case 0xAE -> StringOps.scas(c, 1);
            case 0xAF -> StringOps.scas(c, v);
            case 0xAC -> StringOps.lods(c, 1);
            case 0xAD -> StringOps.lods(c, v);
            case 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7 -> DataTransfer.movRegImmediate(c, op & 7, 1);
            case 0xB8, 0xB9, 0xBA, 0xBB, 0xBC, 0xBD, 0xBE, 0xBF -> DataTransfer.movRegImmediate(c, op & 7, v);
            case 0xC0 -> Arithmetic.group2(c, 1, Arithmetic.COUNT_IMMEDIATE);
            case 0xC1 -> Arithmetic.group2(c, v, Arithmetic.COUNT_IMMEDIATE);
            case 0xD0 -> Arithmetic.group2(c, 1, Arithmetic.COUNT_ONE);
            case 0xD1 -> Arithmetic.group2(c, v, Arithmetic.COUNT_ONE);
            case 0xD2 -> Arithmetic.group2(c, 1, Arithmetic.COUNT_CL);
            case 0xD3 -> Arithmetic.group2(c, v, Arithmetic.COUNT_CL);
            case 0xC2 -> ControlFlow.ret(c, c.code.next16());
            case 0xC3 -> ControlFlow.ret(c, -1);
            case 0xC4 -> FarPointerLoads.load(c, Registers.ES);
            case 0xC5 -> FarPointerLoads.load(c, Registers.DS);
            case 0xC6 -> DataTransfer.movRmImmediate(c, 1);
            case 0xC7 -> DataTransfer.movRmImmediate(c, v);
            case 0xC8 -> StackFrames.enter(c);
            case 0xC9 -> StackFrames.leave(c);
            case 0xCA -> FarTransfers.retFar(c, c.code.next16());
            case 0xCB -> FarTransfers.retFar(c, -1);
            case 0xCC -> ControlFlow.softwareInterrupt(c, 3);
            case 0xCD -> ControlFlow.softwareInterrupt(c, c.code.next8());
            case 0xCE -> ControlFlow.into(c);
            case 0xCF -> ControlFlow.iret(c);
            case 0xD4 -> DecimalAdjust.aam(c, c.code.next8());
            case 0xD5 -> DecimalAdjust.aad(c, c.code.next8());
            case 0xD7 -> DataTransfer.xlat(c);
            case 0xE0, 0xE1, 0xE2 -> ControlFlow.loop(c, op);
            case 0xE3 -> ControlFlow.jcxz(c);
            case 0xE4 -> SystemOps.in(c, c.code.next8(), 1);
            case 0xE5 -> SystemOps.in(c, c.code.next8(), v);
            case 0xE6 -> SystemOps.out(c, c.code.next8(), 1);
            case 0xE7 -> SystemOps.out(c, c.code.next8(), v);
            case 0xEC -> SystemOps.in(c, c.regs.get16(Registers.EDX), 1);
            case 0xED -> SystemOps.in(c, c.regs.get16(Registers.EDX), v);
            case 0xEE -> SystemOps.out(c, c.regs.get16(Registers.EDX), 1);
            case 0xEF -> SystemOps.out(c, c.regs.get16(Registers.EDX), v);
            case 0xE8 -> ControlFlow.callRelative(c);
            case 0xE9 -> ControlFlow.jmpRelative(c, v);
            case 0xEA -> FarTransfers.jmpFarPointer(c);
            case 0xEB -> ControlFlow.jmpRelative(c, 1);
            case 0xF4 -> SystemOps.hlt(c);
            case 0xF5, 0xF8, 0xF9, 0xFC, 0xFD -> SystemOps.flagInstruction(c, op);
            case 0xFA -> SystemOps.cli(c);
            case 0xFB -> SystemOps.sti(c);
            case 0xF6 -> Arithmetic.group3(c, 1);
            case 0xF7 -> Arithmetic.group3(c, v);
            case 0xFE -> Arithmetic.group4(c);
            case 0xFF -> Group5.execute(c);
            default -> throw BEYOND_SUBSET[op] != null ? c.unsupported(BEYOND_SUBSET[op]) : c.unknown();
        };
    }
}
