package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.Vector;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import eduscc.machine.trace.TraceEvent;

/**
 * Far JMP, far CALL and far RET (SDM Vol. 1 §6.3.2 "Far CALL and RET Operation", Vol. 3A §5.8
 * "Privilege Level Checking When Transferring Program Control Between Code Segments"). A far
 * transfer loads CS, which is the step that makes a boot stub's protected mode real: until the
 * far jump, the CPU still fetches with the real-mode contents of CS's hidden cache.
 *
 * <p>Far JMP goes to {@code SystemInstructions.farJump}, which also knows TSSs and task gates.
 * Far CALL and RETF are limited to code segments of the current privilege level; calls through
 * call gates, TSSs or task gates and returns to an outer ring raise #GP with a message saying so.
 */
final class FarTransfers {
    private FarTransfers() {
    }

    /** EA: JMP ptr16:16 or ptr16:32 — the offset comes first, then the selector. */
    static int jmpFarPointer(InstructionContext c) {
        int offset = c.code.immediate(c.operandSize());
        int selector = c.code.next16();
        return farJump(c, selector, offset, InstructionCosts.JMP_FAR);
    }

    /** FF /5: JMP m16:16 or m16:32, after the ModR/M byte was decoded. */
    static int jmpFarMemory(InstructionContext c) {
        requireMemory(c, "far JMP");
        int size = c.operandSize();
        int offset = c.rm.readAt(0, size);
        int selector = c.rm.readAt(size, 2);
        return farJump(c, selector, offset, InstructionCosts.JMP_FAR_MEM);
    }

    /**
     * EIP is moved past the JMP first, because a jump to a TSS saves it in the old task's TSS. A
     * task switch charges its own cycles, so the JMP adds none then.
     */
    private static int farJump(InstructionContext c, int selector, int offset, int cycles) {
        c.commitNextEip();
        c.core.systemInstructions().farJump(selector, offset, c.operand32);
        return c.regs.tr.selector() != c.taskAtStart ? 0 : cycles;
    }

    /** 9A: CALL ptr16:16 or ptr16:32. */
    static int callFarPointer(InstructionContext c) {
        int offset = c.code.immediate(c.operandSize());
        int selector = c.code.next16();
        return callFar(c, selector, offset);
    }

    /** FF /3: CALL m16:16 or m16:32, after the ModR/M byte was decoded. */
    static int callFarMemory(InstructionContext c) {
        requireMemory(c, "far CALL");
        int size = c.operandSize();
        int offset = c.rm.readAt(0, size);
        int selector = c.rm.readAt(size, 2);
        return callFar(c, selector, offset);
    }

    /**
     * Pushes CS and the return EIP, then loads CS:EIP. In protected mode the new CS goes through
     * the same privilege rules as a far JMP to a code segment; if they fail, the interpreter puts
     * ESP back, so the pushes leave nothing behind.
     */
    private static int callFar(InstructionContext c, int selectorValue, int offset) {
        Registers regs = c.regs;
        int size = c.operandSize();
        int target = c.operand32 ? offset : offset & 0xFFFF;
        int returnCs = regs.cs().selector();
        int returnEip = c.code.position();
        if (!regs.protectedMode()) {
            c.stack.push(returnCs, size);
            c.stack.push(returnEip, size);
            regs.cs().loadReal(selectorValue);
            finish(c, regs.cs().selector(), target, "real");
            return InstructionCosts.CALL_FAR;
        }
        Selector selector = Selector.of(selectorValue & 0xFFFF);
        if (selector.isNull()) {
            throw CpuFault.gp(0, "far CALL to a null selector at " + c.code.where());
        }
        SegmentDescriptor d = c.core.tables().read(selector, Vector.GP);
        if (!d.isCode()) {
            String why = d.s() ? "is not a code segment"
                : "is a system descriptor; far CALL through call gates, TSSs and task gates is not in the interpreter's subset";
            throw CpuFault.gp(selector.value() & 0xFFFC, "far CALL to " + selector + ": " + d.describe() + " " + why);
        }
        c.stack.push(returnCs, size);
        c.stack.push(returnEip, size);
        c.core.segmentation().loadCodeForJump(selector, d, target);
        finish(c, regs.cs().selector(), target, regs.cs().big() ? "protected32" : "protected16");
        return InstructionCosts.CALL_FAR;
    }

    private static void finish(InstructionContext c, int selector, int target, String mode) {
        c.regs.eip = target;
        c.transferred = true;
        c.core.trace(new TraceEvent.FarJump(selector, target, mode));
    }

    /**
     * CB RETF and CA RETF imm16: pops EIP and CS (and {@code release} more bytes; -1 for none).
     * Protected mode: only back to the same privilege level, where RPL of the popped CS equals CPL.
     */
    static int retFar(InstructionContext c, int release) {
        Registers regs = c.regs;
        int size = c.operandSize();
        int eip = c.stack.peek(0, size);
        int cs = c.stack.peek(size, size) & 0xFFFF;
        int target = c.operand32 ? eip : eip & 0xFFFF;
        if (regs.protectedMode()) {
            Selector selector = Selector.of(cs);
            if (selector.isNull()) {
                throw CpuFault.gp(0, "RETF to a null selector at " + c.code.where());
            }
            if (selector.rpl() != regs.cpl()) {
                String why = selector.rpl() < regs.cpl() ? "a return may not go to an inner ring"
                    : "returns to an outer ring are not in the interpreter's subset";
                throw CpuFault.gp(cs & 0xFFFC, String.format("RETF from ring %d to %s: %s", regs.cpl(), selector, why));
            }
            SegmentDescriptor d = c.core.tables().read(selector, Vector.GP);
            if (!d.isCode()) {
                throw CpuFault.gp(cs & 0xFFFC, "RETF to " + selector + ": " + d.describe() + " is not a code segment");
            }
            c.core.segmentation().loadCodeForJump(selector, d, target);
        } else {
            regs.cs().loadReal(cs);
        }
        c.stack.pop(size);
        c.stack.pop(size);
        if (release > 0) {
            ControlFlow.releaseStack(c, release);
        }
        regs.eip = target;
        c.transferred = true;
        return release < 0 ? InstructionCosts.RETF : InstructionCosts.RETF_IMM;
    }

    private static void requireMemory(InstructionContext c, String instruction) {
        if (c.rm.isRegister()) {
            throw CpuFault.ud(instruction + " needs a memory operand: " + c.code.fetchedBytes() + " at " + c.code.where());
        }
    }
}
