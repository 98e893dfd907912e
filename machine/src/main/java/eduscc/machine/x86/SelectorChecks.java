package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Vector;
import eduscc.machine.cpu.tables.Selector;

/**
 * The instructions that let code at any privilege ask about a selector before it uses one (SDM
 * Vol. 2 "LAR", "LSL", "VERR/VERW", "ARPL"; Vol. 3A §5.10.4 "Checking Caller Access
 * Privileges"). A kernel handed a selector by a less trusted caller checks it with these instead
 * of loading it and taking a fault. They answer in ZF: set means the selector passed and (for
 * LAR and LSL) the destination holds the answer; clear means it failed and the destination is
 * unchanged. A null selector, one beyond the table's limit, a descriptor of a type the
 * instruction does not accept, or one the caller may not see (DPL below CPL or RPL, except a
 * conforming code segment) all just clear ZF. None exists in real mode (#UD).
 */
final class SelectorChecks {
    /** System descriptor types LAR accepts: TSSs (16/32, available/busy), LDT, call and task gates. */
    private static final int LAR_SYSTEM_TYPES = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 5 | 1 << 9 | 1 << 0xB | 1 << 0xC;
    /** System descriptor types LSL accepts: those with a limit, TSSs and the LDT (no gates). */
    private static final int LSL_SYSTEM_TYPES = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 9 | 1 << 0xB;
    /**
     * LAR's mask over the descriptor's high dword: type, S, DPL, P, AVL, D/B, G. The SDM leaves
     * bits 19:16 (the top of the limit) undefined; QEMU clears them, and so does this model.
     */
    private static final int ACCESS_RIGHTS = 0x00F0FF00;

    private SelectorChecks() {
    }

    private static void requireProtectedMode(InstructionContext c, String name) {
        if (!c.regs.protectedMode()) {
            throw CpuFault.ud(name + " is not recognised in real mode (" + c.code.fetchedBytes() + " at " + c.code.where() + ")");
        }
    }

    /**
     * The descriptor's raw eight bytes if the selector passes the checks every one of these
     * instructions makes (not null, inside its table, visible at this CPL and RPL), else null.
     */
    private static Long visibleDescriptor(InstructionContext c, int selectorValue) {
        Selector selector = Selector.of(selectorValue & 0xFFFF);
        if (selector.isNull() || !c.core.tables().contains(selector)) {
            return null;
        }
        long bits = c.core.tables().readEntry(selector, Vector.GP);
        int type = (int) (bits >>> 40) & 0xF;
        boolean segment = (bits >>> 44 & 1) != 0;
        boolean conformingCode = segment && (type & 0xC) == 0xC;
        int dpl = (int) (bits >>> 45) & 3;
        if (!conformingCode && (dpl < c.regs.cpl() || dpl < selector.rpl())) {
            return null;
        }
        return bits;
    }

    private static void setZero(InstructionContext c, boolean passed) {
        c.regs.eflags = passed ? c.regs.eflags | Eflags.ZF : c.regs.eflags & ~Eflags.ZF;
    }

    /** 0F 02: LAR reg, r/m16 loads the access rights (the descriptor's high dword, masked). */
    static int lar(InstructionContext c) {
        return loadAnswer(c, "LAR", true);
    }

    /** 0F 03: LSL reg, r/m16 loads the segment limit in bytes (scaled by 4 KiB if G is set). */
    static int lsl(InstructionContext c) {
        return loadAnswer(c, "LSL", false);
    }

    private static int loadAnswer(InstructionContext c, String name, boolean accessRights) {
        requireProtectedMode(c, name);
        c.decodeModRm();
        int size = c.operandSize();
        Long bits = visibleDescriptor(c, c.rm.read(2));
        boolean passed = bits != null && accepted(bits, accessRights ? LAR_SYSTEM_TYPES : LSL_SYSTEM_TYPES);
        if (passed) {
            int high = (int) (bits >>> 32);
            int answer;
            if (accessRights) {
                answer = high & ACCESS_RIGHTS;
            } else {
                int limit = (int) (bits & 0xFFFF) | (high & 0x000F0000);
                answer = (high & 0x00800000) != 0 ? limit << 12 | 0xFFF : limit;
            }
            c.writeReg(c.reg, size, answer);
        }
        setZero(c, passed);
        return accessRights ? InstructionCosts.LAR : InstructionCosts.LSL;
    }

    /** Code and data segments always; system descriptors only of the types in {@code systemTypes}. */
    private static boolean accepted(long bits, int systemTypes) {
        int type = (int) (bits >>> 40) & 0xF;
        boolean segment = (bits >>> 44 & 1) != 0;
        return segment || (systemTypes >>> type & 1) != 0;
    }

    /**
     * 0F 00 /4 VERR and /5 VERW r/m16: ZF says whether a segment register could be loaded with
     * the selector to read (data, or readable code) or to write (writable data) at this CPL.
     */
    static int verify(InstructionContext c, boolean write) {
        requireProtectedMode(c, write ? "VERW" : "VERR");
        Long bits = visibleDescriptor(c, c.rm.read(2));
        boolean passed = false;
        if (bits != null && (bits >>> 44 & 1) != 0) {
            int type = (int) (bits >>> 40) & 0xF;
            boolean code = (type & 0x8) != 0;
            passed = write ? !code && (type & 0x2) != 0 : !code || (type & 0x2) != 0;
        }
        setZero(c, passed);
        return InstructionCosts.VERIFY;
    }

    /**
     * 63: ARPL r/m16, r16 raises the RPL of the destination selector to the source's, so a
     * kernel can make a caller's selector no more privileged than the caller. ZF says whether
     * it changed anything; the destination is written only then.
     */
    static int arpl(InstructionContext c) {
        requireProtectedMode(c, "ARPL");
        c.decodeModRm();
        int destination = c.rm.read(2);
        int sourceRpl = c.readReg(c.reg, 2) & 3;
        boolean raise = (destination & 3) < sourceRpl;
        if (raise) {
            c.rm.write(2, (destination & ~3) | sourceRpl);
        }
        setZero(c, raise);
        return InstructionCosts.ARPL;
    }
}
