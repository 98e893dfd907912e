package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Registers;

/**
 * ENTER and LEAVE, the stack frames of block-structured languages (SDM Vol. 1 §6.5 "Procedure
 * Calls for Block-Structured Languages", Vol. 2 "ENTER", "LEAVE"). A C function's prologue
 * {@code push ebp; mov ebp, esp; sub esp, n} is ENTER n, 0, and its epilogue is LEAVE:
 *
 * <pre>
 *   after ENTER n, 2:   [ old EBP        ]  &lt;- FrameTemp (the new EBP)
 *                       [ caller's frame ]     copied display entry (level - 1 of them)
 *                       [ FrameTemp      ]     this frame's own display entry
 *                       [ n bytes locals ]
 *                                           &lt;- ESP
 * </pre>
 *
 * The operand size decides how wide EBP and each display entry are; the stack size (SS.B)
 * decides whether ESP or SP moves and how the frame addresses wrap. EBP is written last, so a
 * fault while the frame is built leaves EBP alone (the interpreter restores ESP).
 */
final class StackFrames {
    /** The SDM takes the nesting level modulo 32. */
    private static final int LEVELS = 32;

    private StackFrames() {
    }

    /** C8 iw ib: ENTER size, level. */
    static int enter(InstructionContext c) {
        int size = c.code.next16();
        int level = c.code.next8() % LEVELS;
        int width = c.operandSize();
        c.stack.push(c.readReg(Registers.EBP, width), width);
        int frameTemp = stackPointer(c);
        if (level > 0) {
            int ebp = c.regs.get(Registers.EBP);
            for (int i = 1; i < level; i++) {
                c.stack.push(c.memory.read(Registers.SS, stackAddress(c, ebp - i * width), width), width);
            }
            c.stack.push(frameTemp, width);
        }
        c.regs.setEsp(wrap(c, c.regs.esp(), stackPointer(c) - size));
        c.writeReg(Registers.EBP, width, frameTemp);
        return InstructionCosts.ENTER + InstructionCosts.ENTER_PER_LEVEL * level;
    }

    /** C9: LEAVE releases the frame: (E)SP takes (E)BP, then (E)BP is popped. */
    static int leave(InstructionContext c) {
        c.regs.setEsp(wrap(c, c.regs.esp(), c.regs.get(Registers.EBP)));
        int width = c.operandSize();
        c.writeReg(Registers.EBP, width, c.stack.pop(width));
        return InstructionCosts.LEAVE;
    }

    /** ESP, or SP zero-extended on a 16-bit stack. */
    private static int stackPointer(InstructionContext c) {
        return stackAddress(c, c.regs.esp());
    }

    private static int stackAddress(InstructionContext c, int value) {
        return c.regs.stack32() ? value : value & 0xFFFF;
    }

    /** A new stack pointer: all of ESP on a 32-bit stack, only SP (the high half kept) on a 16-bit one. */
    private static int wrap(InstructionContext c, int old, int value) {
        return c.regs.stack32() ? value : (old & 0xFFFF0000) | (value & 0xFFFF);
    }
}
