package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;

/**
 * The instructions that read a pair from memory: a far pointer into a segment register and a
 * general register (SDM Vol. 2 "LDS/LES/LFS/LGS/LSS — Load Far Pointer"), and an array index
 * checked against a pair of bounds (Vol. 2 "BOUND"). Both have only a memory form; a register
 * operand is #UD.
 *
 * <p>A far pointer is the offset (16 or 32 bits, the operand size) followed by a 16-bit selector.
 * The segment register is loaded first, with every protected-mode check of MOV Sreg (#GP, #NP,
 * and #SS for a stack segment that is not present), and only then the general register, so a
 * refused selector leaves both as they were. Unlike MOV SS, LSS does not hold interrupts off
 * for the next instruction: it loads SS and ESP together, so there is no gap to protect.
 */
final class FarPointerLoads {
    private static final String[] NAMES = {"LES", "LCS", "LSS", "LDS", "LFS", "LGS"};

    private FarPointerLoads() {
    }

    /** C4 LES, C5 LDS, 0F B2 LSS, 0F B4 LFS, 0F B5 LGS: reg, m16:16 or m16:32. */
    static int load(InstructionContext c, int segment) {
        c.decodeMemoryOnly(NAMES[segment]);
        int size = c.operandSize();
        int offset = c.rm.readAt(0, size);
        int selector = c.rm.readAt(size, 2) & 0xFFFF;
        c.core.segmentation().loadData(segment, selector);
        c.writeReg(c.reg, size, offset);
        return InstructionCosts.LOAD_FAR_POINTER;
    }

    /**
     * 62: BOUND reg, m16&16 or m32&32. The index in reg is signed and must lie within the lower
     * bound (first) and the upper bound (second), both included; otherwise #BR (vector 5), a
     * fault, so the handler sees EIP on the BOUND itself.
     */
    static int bound(InstructionContext c) {
        c.decodeMemoryOnly("BOUND");
        int size = c.operandSize();
        int index = Flags.signExtend(c.readReg(c.reg, size), size);
        int lower = Flags.signExtend(c.rm.readAt(0, size), size);
        int upper = Flags.signExtend(c.rm.readAt(size, size), size);
        if (index < lower || index > upper) {
            throw new CpuFault(Vector.BR, CpuFault.NO_ERROR_CODE, String.format(
                "BOUND at %s: index %d is outside [%d, %d]", c.code.where(), index, lower, upper));
        }
        return InstructionCosts.BOUND;
    }
}
