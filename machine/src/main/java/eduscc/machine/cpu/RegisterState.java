package eduscc.machine.cpu;

/**
 * The registers an IRET or an interrupt delivery changes before it can know whether it will
 * fault: kept so that a faulting one can be undone, as the processor guarantees that a fault
 * leaves the state from before the instruction (SDM Vol. 3A §6.6 "Program or Task Restart").
 */
final class RegisterState {
    private final int eip;
    private final int eflags;
    private final int esp;
    private final int cpl;
    private final int taskRegister;
    private final SegmentRegister cs = new SegmentRegister("cs");
    private final SegmentRegister ss = new SegmentRegister("ss");

    RegisterState(Registers regs) {
        eip = regs.eip;
        eflags = regs.eflags;
        esp = regs.esp();
        cpl = regs.cpl();
        taskRegister = regs.tr.selector();
        cs.copyFrom(regs.cs());
        ss.copyFrom(regs.ss());
    }

    int taskRegister() {
        return taskRegister;
    }

    void restore(Registers regs) {
        regs.eip = eip;
        regs.eflags = eflags;
        regs.setEsp(esp);
        regs.setCpl(cpl);
        regs.cs().copyFrom(cs);
        regs.ss().copyFrom(ss);
    }
}
