package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;

/**
 * The decimal adjustments (SDM Vol. 1 §7.3.3 "Decimal Arithmetic Instructions", Vol. 2 "DAA",
 * "DAS", "AAA", "AAS", "AAM", "AAD"). Binary ADD and SUB on BCD digits, then one of these turns
 * the binary result back into decimal: packed BCD (two digits a byte) with DAA/DAS, unpacked
 * (one digit a byte, in AL and AH) with AAA/AAS; AAM and AAD split AL into two digits or join
 * them before a division. AF, the carry out of the low digit, is what lets the CPU know a digit
 * overflowed.
 *
 * <p>Flags the SDM leaves undefined stay as they were (this model's rule, {@link Flags}): OF
 * after DAA/DAS; OF, SF, ZF, PF after AAA/AAS; OF, AF, CF after AAM/AAD. QEMU leaves the same
 * flags unchanged after AAA/AAS and clears them after the others; the differential test masks
 * them.
 */
final class DecimalAdjust {
    private static final int AL = 0;
    private static final int AH = 4;

    private DecimalAdjust() {
    }

    /** 27: DAA adjusts AL after adding two packed BCD bytes. */
    static int daa(InstructionContext c) {
        int flags = c.regs.eflags;
        int oldAl = c.regs.get8(AL);
        int al = oldAl;
        int f = 0;
        if ((al & 0xF) > 9 || (flags & Eflags.AF) != 0) {
            al += 6;
            f |= Eflags.AF;
        }
        if (oldAl > 0x99 || (flags & Eflags.CF) != 0) {
            al += 0x60;
            f |= Eflags.CF;
        }
        return adjusted(c, al & 0xFF, f, Eflags.OF);
    }

    /**
     * 2F: DAS adjusts AL after subtracting packed BCD. Unlike DAA, CF is not cleared when the high
     * digit needs no adjustment: a borrow from the low digit's AL - 6 stays in CF.
     */
    static int das(InstructionContext c) {
        int flags = c.regs.eflags;
        int oldAl = c.regs.get8(AL);
        int al = oldAl;
        int f = 0;
        if ((al & 0xF) > 9 || (flags & Eflags.AF) != 0) {
            if (al < 6 || (flags & Eflags.CF) != 0) {
                f |= Eflags.CF;
            }
            al -= 6;
            f |= Eflags.AF;
        }
        if (oldAl > 0x99 || (flags & Eflags.CF) != 0) {
            al -= 0x60;
            f |= Eflags.CF;
        }
        return adjusted(c, al & 0xFF, f, Eflags.OF);
    }

    /** DAA and DAS: AL stored, SF ZF PF from it, CF and AF as computed, {@code undefined} left alone. */
    private static int adjusted(InstructionContext c, int al, int carries, int undefined) {
        c.regs.set8(AL, al);
        int defined = Flags.STATUS & ~undefined;
        c.regs.eflags = Flags.merge(c.regs.eflags, defined, carries | Flags.signZeroParity(al, 1));
        return InstructionCosts.DECIMAL_ADJUST;
    }

    /** 37: AAA adjusts AX after adding unpacked BCD: a carry out of the digit goes into AH (AX + 106h). */
    static int aaa(InstructionContext c) {
        return unpacked(c, 0x106);
    }

    /** 3F: AAS adjusts AX after subtracting unpacked BCD: a borrow comes out of AH (AX - 6, AH - 1). */
    static int aas(InstructionContext c) {
        return unpacked(c, -0x106);
    }

    private static int unpacked(InstructionContext c, int adjustment) {
        int ax = c.regs.get16(Registers.EAX);
        boolean adjust = (ax & 0xF) > 9 || (c.regs.eflags & Eflags.AF) != 0;
        if (adjust) {
            ax += adjustment;
        }
        c.regs.set16(Registers.EAX, ax & 0xFF0F);
        int carries = adjust ? Eflags.AF | Eflags.CF : 0;
        c.regs.eflags = Flags.merge(c.regs.eflags, Eflags.AF | Eflags.CF, carries);
        return InstructionCosts.DECIMAL_ADJUST;
    }

    /**
     * D4 ib: AAM splits AL into AH = AL / base and AL = AL mod base (base 10 unless the second
     * byte says otherwise); a base of 0 is #DE, as a division by zero.
     */
    static int aam(InstructionContext c, int base) {
        if (base == 0) {
            throw new CpuFault(Vector.DE, CpuFault.NO_ERROR_CODE, "AAM with base 0 at " + c.code.where());
        }
        int al = c.regs.get8(AL);
        c.regs.set8(AH, al / base);
        return digitsJoined(c, al % base, InstructionCosts.AAM);
    }

    /** D5 ib: AAD joins AH and AL into AL = AH * base + AL and clears AH, ready for DIV. */
    static int aad(InstructionContext c, int base) {
        int al = (c.regs.get8(AH) * base + c.regs.get8(AL)) & 0xFF;
        c.regs.set8(AH, 0);
        return digitsJoined(c, al, InstructionCosts.AAD);
    }

    private static int digitsJoined(InstructionContext c, int al, int cost) {
        c.regs.set8(AL, al);
        c.regs.eflags = Flags.merge(c.regs.eflags, Eflags.SF | Eflags.ZF | Eflags.PF, Flags.signZeroParity(al, 1));
        return cost;
    }
}
