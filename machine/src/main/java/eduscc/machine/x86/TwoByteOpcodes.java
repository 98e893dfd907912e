package eduscc.machine.x86;

import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;

/**
 * The two-byte opcode map after the 0F escape (SDM Vol. 2 Appendix A, Table A-3 "Two-byte Opcode
 * Map"), as far as the subset goes, plus the SCC's own CL1INVMB at 0F 0A (facts A.3). Only the
 * read-modify-write instructions here may carry LOCK (BTS, BTR, BTC, XADD, CMPXCHG, CMPXCHG8B),
 * and only with a memory destination; their handlers check the form.
 */
final class TwoByteOpcodes {
    /** Names of real P54C instructions in this map that the interpreter does not run. */
    private static final String[] BEYOND_SUBSET = new String[256];

    static {
        String[][] names = {
            {"21", "MOV from a debug register"}, {"23", "MOV to a debug register"},
            {"30", "WRMSR"}, {"32", "RDMSR"},
            {"AA", "RSM"},
        };
        for (String[] n : names) {
            BEYOND_SUBSET[Integer.parseInt(n[0], 16)] = n[1];
        }
    }

    /** BTS/BTR/BTC r/m, reg; group 8 (its BT checks itself); CMPXCHG; XADD; group 9 (CMPXCHG8B). */
    private static boolean lockable(int opcode) {
        return switch (opcode) {
            case 0xAB, 0xB3, 0xBB, 0xBA, 0xB0, 0xB1, 0xC0, 0xC1, 0xC7 -> true;
            default -> false;
        };
    }

    private TwoByteOpcodes() {
    }

    static int execute(InstructionContext c) {
        int op = c.code.next8();
        if (c.lock && !lockable(op)) {
            throw CpuFault.ud("LOCK is not allowed on " + c.code.fetchedBytes() + " at " + c.code.where());
        }
        int v = c.operandSize();
        if (op >= 0x90 && op <= 0x9F) {
            return ConditionBytes.setcc(c, op & 0xF);
        }
        if (op >= 0xC8 && op <= 0xCF) {
            return DataTransfer.bswap(c, op & 7);
        }
        return switch (op) {
            case 0x00 -> SystemOps.group6(c);
            case 0x01 -> SystemOps.group7(c);
            case 0x02 -> SelectorChecks.lar(c);
            case 0x03 -> SelectorChecks.lsl(c);
            case 0x06 -> SystemOps.clts(c);
            case 0x08 -> SystemOps.invalidateCaches(c, false);
            case 0x09 -> SystemOps.invalidateCaches(c, true);
            case 0x0A -> SystemOps.cl1invmb(c);
            case 0x0B -> throw CpuFault.ud("UD2 (" + c.code.fetchedBytes() + " at " + c.code.where() + ") raises #UD by definition");
            case 0x20 -> SystemOps.movFromControl(c);
            case 0x22 -> SystemOps.movToControl(c);
            case 0x31 -> SystemOps.rdtsc(c);
            case 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
                 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F -> ControlFlow.jcc(c, op & 0xF, v);
            case 0xA0 -> StackInstructions.pushSegment(c, Registers.FS);
            case 0xA1 -> StackInstructions.popSegment(c, Registers.FS);
            case 0xA2 -> Cpuid.execute(c);
            case 0xA3 -> BitOps.bitRegister(c, BitOps.BT);
            case 0xA4 -> DoubleShifts.shift(c, true, false);
            case 0xA5 -> DoubleShifts.shift(c, true, true);
            case 0xA8 -> StackInstructions.pushSegment(c, Registers.GS);
            case 0xA9 -> StackInstructions.popSegment(c, Registers.GS);
            case 0xAB -> BitOps.bitRegister(c, BitOps.BTS);
            case 0xAC -> DoubleShifts.shift(c, false, false);
            case 0xAD -> DoubleShifts.shift(c, false, true);
            case 0xAF -> MulDiv.imulRegister(c);
            case 0xB0 -> AtomicOps.cmpxchg(c, 1);
            case 0xB1 -> AtomicOps.cmpxchg(c, v);
            case 0xB2 -> FarPointerLoads.load(c, Registers.SS);
            case 0xB3 -> BitOps.bitRegister(c, BitOps.BTR);
            case 0xB4 -> FarPointerLoads.load(c, Registers.FS);
            case 0xB5 -> FarPointerLoads.load(c, Registers.GS);
            case 0xB6 -> DataTransfer.movExtend(c, 1, false);
            case 0xB7 -> DataTransfer.movExtend(c, 2, false);
            case 0xBA -> BitOps.group8(c);
            case 0xBB -> BitOps.bitRegister(c, BitOps.BTC);
            case 0xBC -> BitOps.bsf(c);
            case 0xBD -> BitOps.bsr(c);
            case 0xBE -> DataTransfer.movExtend(c, 1, true);
            case 0xBF -> DataTransfer.movExtend(c, 2, true);
            case 0xC0 -> AtomicOps.xadd(c, 1);
            case 0xC1 -> AtomicOps.xadd(c, v);
            case 0xC7 -> AtomicOps.cmpxchg8b(c);
            default -> throw BEYOND_SUBSET[op] != null ? c.unsupported(BEYOND_SUBSET[op]) : c.unknown();
        };
    }
}
