package eduscc.kernel.arch;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Vector;
import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.Selector;

/**
 * The kernel's Interrupt Descriptor Table (eduOS idt.c, isrs.c, irq.c; SDM Vol. 3A §6.10-§6.11):
 * real gate bytes at {@link KernelLayout#IDT}, each pointing at a handler address in the kernel's
 * text. Where an eduOS stub would save registers and call {@code irq_handler}, the kernel binds
 * Java code to that address: it reads the frame the processor pushed, calls the handler, drops
 * the error code and returns with IRET.
 */
public final class Idt {
    public static final int TIMER = 123;
    public static final int LINT0 = 124;
    public static final int LINT1 = 125;
    public static final int APIC_ERROR = 126;
    public static final int SPURIOUS = 127;
    public static final int SYSCALL = 0x80;

    private final Core core;
    private final Operations ops;
    private final InterruptHandler[] handlers = new InterruptHandler[KernelLayout.IDT_ENTRIES];

    public Idt(Core core) {
        this.core = core;
        this.ops = core.ops();
    }

    /**
     * Exceptions 0-31 and the APIC vectors get ring-0 interrupt gates (IF cleared on entry); the
     * system call gets a ring-3 trap gate, 0xEF as in eduOS, so user code may INT 0x80 and the
     * kernel keeps interrupts on while serving it.
     */
    public void install() {
        for (int vector = 0; vector < 32; vector++) {
            gate(vector, false, 0);
        }
        for (int vector = TIMER; vector <= SPURIOUS; vector++) {
            gate(vector, false, 0);
        }
        gate(SYSCALL, true, 3);
        ops.lidt(KernelLayout.IDT, KernelLayout.IDT_ENTRIES * 8 - 1);
    }

    /** Installs a handler for {@code vector}; eduOS {@code irq_install_handler}. */
    public void setHandler(int vector, InterruptHandler handler) {
        handlers[vector] = handler;
    }

    private void gate(int vector, boolean trap, int dpl) {
        int address = KernelLayout.handlerAddress(vector);
        Selector code = Selector.of(Selectors.KERNEL_CODE);
        GateDescriptor gate = trap ? GateDescriptor.trapGate(code, address, dpl) : GateDescriptor.interruptGate(code, address, dpl);
        long bits = gate.encode();
        ops.write32(KernelLayout.IDT + 8 * vector, (int) bits);
        ops.write32(KernelLayout.IDT + 8 * vector + 4, (int) (bits >>> 32));
        core.bind(address, "vector " + vector, () -> stub(vector));
    }

    /** What eduOS's assembler stub and common_stub do, for one vector. */
    private void stub(int vector) {
        InterruptFrame frame = readFrame(vector);
        InterruptHandler handler = handlers[vector];
        if (handler == null) {
            throw new IllegalStateException("kernel panic: unhandled " + frame);
        }
        handler.handle(frame);
        if (frame.errorCode() >= 0) {
            ops.addEsp(4);
        }
        ops.iret();
    }

    private InterruptFrame readFrame(int vector) {
        int esp = ops.currentEsp();
        int errorCode = Vector.pushesErrorCode(vector) && vector < 32 ? ops.read32(esp) : -1;
        int at = errorCode >= 0 ? esp + 4 : esp;
        int eip = ops.read32(at);
        int cs = ops.read32(at + 4) & 0xFFFF;
        int eflags = ops.read32(at + 8);
        boolean fromOuterRing = (cs & 3) != 0;
        int userEsp = fromOuterRing ? ops.read32(at + 12) : 0;
        int userSs = fromOuterRing ? ops.read32(at + 16) & 0xFFFF : 0;
        return new InterruptFrame(vector, errorCode, eip, cs, eflags, userEsp, userSs);
    }
}
