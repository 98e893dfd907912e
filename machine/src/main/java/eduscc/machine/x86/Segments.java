package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;

/**
 * Moving selectors into and out of the segment registers (SDM Vol. 2 "MOV — Move to/from
 * Segment Registers", Vol. 3A §3.4.3 "Segment Registers"). Loading one is more than a move: in
 * protected mode the descriptor is read and checked and the hidden cache filled (that is
 * {@code Segmentation}); loading SS holds interrupts and the single-step trap off for one
 * instruction so that the following MOV ESP completes the stack switch before any handler can use
 * the stack.
 */
final class Segments {
    private Segments() {
    }

    /** Loads DS, ES, FS, GS or SS (Segmentation checks, caches and traces the load). */
    static void load(InstructionContext c, int segment, int selector) {
        c.core.segmentation().loadData(segment, selector);
        if (segment == Registers.SS) {
            c.core.interrupts().inhibitAfterStackLoad();
        }
    }

    /** 8E: MOV Sreg, r/m16. CS cannot be loaded this way (#UD), and reg values 6 and 7 name no register. */
    static int movToSreg(InstructionContext c) {
        c.decodeModRm();
        int segment = c.reg;
        if (segment == Registers.CS || segment > Registers.GS) {
            throw CpuFault.ud("MOV to segment register " + segment + " (" + c.code.fetchedBytes() + " at "
                + c.code.where() + "): " + (segment == Registers.CS ? "CS is loaded only by far transfers" : "no such register"));
        }
        load(c, segment, c.rm.read(2) & 0xFFFF);
        if (!c.regs.protectedMode()) {
            return InstructionCosts.MOV_SREG_REAL;
        }
        return segment == Registers.SS ? InstructionCosts.MOV_SS_PM : InstructionCosts.MOV_SREG_PM;
    }

    /** 8C: MOV r/m16, Sreg; into a 32-bit register the selector is zero-extended. */
    static int movFromSreg(InstructionContext c) {
        c.decodeModRm();
        if (c.reg > Registers.GS) {
            throw CpuFault.ud("MOV from segment register " + c.reg + " (" + c.code.fetchedBytes() + " at "
                + c.code.where() + "): no such register");
        }
        int selector = c.regs.segment(c.reg).selector();
        if (c.rm.isRegister()) {
            c.writeReg(c.rm.index(), c.operandSize(), selector);
        } else {
            c.rm.write(2, selector);
        }
        return InstructionCosts.MOV_FROM_SREG;
    }
}
