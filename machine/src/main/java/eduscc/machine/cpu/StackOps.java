package eduscc.machine.cpu;

/**
 * PUSH and POP through SS:ESP (or SS:SP for a 16-bit stack segment), used by interrupt delivery,
 * IRET and the interpreter alike (SDM Vol. 1 §6.2 "Stacks").
 */
public final class StackOps {
    private final Registers regs;
    private final LogicalMemory memory;

    StackOps(Registers regs, LogicalMemory memory) {
        this.regs = regs;
        this.memory = memory;
    }

    public void push(int value, int size) {
        push(value, size, false);
    }

    /**
     * A push the processor makes onto an inner ring's stack while it delivers an interrupt from
     * an outer ring: a supervisor access even though CS still says the outer ring (SDM Vol. 3A
     * §4.6), so a supervisor page may hold the kernel stack.
     */
    public void pushAsSupervisor(int value, int size) {
        push(value, size, true);
    }

    private void push(int value, int size, boolean supervisor) {
        int sp = regs.esp() - size;
        if (!regs.stack32()) {
            sp = (regs.esp() & 0xFFFF0000) | (sp & 0xFFFF);
        }
        int offset = regs.stack32() ? sp : sp & 0xFFFF;
        if (supervisor) {
            memory.writeAsSupervisor(Registers.SS, offset, size, value);
        } else {
            memory.write(Registers.SS, offset, size, value);
        }
        regs.setEsp(sp);
    }

    public int pop(int size) {
        int sp = regs.stack32() ? regs.esp() : regs.esp() & 0xFFFF;
        int value = memory.read(Registers.SS, sp, size);
        int next = sp + size;
        regs.setEsp(regs.stack32() ? next : (regs.esp() & 0xFFFF0000) | (next & 0xFFFF));
        return value;
    }

    /** Reads the stack {@code offset} bytes above the top without popping (for checks before commit). */
    public int peek(int offset, int size) {
        int sp = regs.stack32() ? regs.esp() : regs.esp() & 0xFFFF;
        return memory.read(Registers.SS, sp + offset, size);
    }
}
