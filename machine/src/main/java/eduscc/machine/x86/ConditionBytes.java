package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Eflags;

/**
 * The instructions that turn flags into bytes and back (SDM Vol. 2 "SETcc", "LAHF", "SAHF"; Vol. 1
 * §7.3.7 "Bit and Byte Instructions", §7.3.13 "Flag Control"). A C compiler writes
 * {@code x = a < b} as CMP and SETL, so SETcc is what a comparison that is not a branch becomes.
 */
final class ConditionBytes {
    /** The flags LAHF and SAHF move, in the positions EFLAGS and AH share: SF ZF - AF - PF - CF. */
    private static final int AH_FLAGS = Eflags.SF | Eflags.ZF | Eflags.AF | Eflags.PF | Eflags.CF;
    /** AH is number 4 in the 8-bit register order AL CL DL BL AH CH DH BH. */
    private static final int AH = 4;

    private ConditionBytes() {
    }

    /** 0F 90-9F: SETcc r/m8 stores 1 if condition {@code cc} holds, else 0; the reg field is ignored. */
    static int setcc(InstructionContext c, int cc) {
        c.decodeModRm();
        boolean holds = Flags.condition(cc, c.regs.eflags);
        c.rm.write(1, holds ? 1 : 0);
        return holds ? InstructionCosts.SETCC_TRUE : InstructionCosts.SETCC_FALSE;
    }

    /** 9F: LAHF loads AH with SF:ZF:0:AF:0:PF:1:CF (bit 1 of EFLAGS always reads as 1). */
    static int lahf(InstructionContext c) {
        c.regs.set8(AH, (c.regs.eflags & AH_FLAGS) | 0x02);
        return InstructionCosts.FLAGS_AH;
    }

    /** 9E: SAHF stores AH bits 7, 6, 4, 2 and 0 into SF, ZF, AF, PF and CF; OF is untouched. */
    static int sahf(InstructionContext c) {
        c.regs.eflags = Flags.merge(c.regs.eflags, AH_FLAGS, c.regs.get8(AH));
        return InstructionCosts.FLAGS_AH;
    }
}
