package eduscc.kernel.arch;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;

/**
 * The kernel's Interrupt Descriptor Table (eduOS idt.c, isrs.c, irq.c; SDM Vol. 3A §6.10-§6.11):
 * real gate bytes at {@link KernelLayout#IDT}, each pointing at its vector's stub in entry.asm
 * ({@link EntryStubs}). The stubs are x86: they save the registers into a {@code struct state}
 * ({@link StateFrame}) and CALL {@code irq_handler}, which is Java: it reads the frame, runs the
 * handler installed for the vector, and RETs to the stub, which restores and IRETs. The gates
 * are written and the table loaded through the hardware layer ({@link Hardware}); each gate's 8
 * bytes come from a {@link GateEncoder}, the exercise {@code idt-gates}'s plug-in point (the
 * kit's {@link KitGateEncoder} unless a lab chooses another).
 */
public final class Idt {
    public static final int TIMER = 123;
    public static final int LINT0 = 124;
    public static final int LINT1 = 125;
    public static final int APIC_ERROR = 126;
    public static final int SPURIOUS = 127;
    public static final int SYSCALL = 0x80;

    private final Core core;
    private final KernelText text;
    private final Operations ops;
    private final Hardware hardware;
    private final InterruptHandler[] handlers = new InterruptHandler[KernelLayout.IDT_ENTRIES];
    /** Turns a gate into its 8 bytes: the {@code idt-gates} exercise's plug-in point. */
    private GateEncoder encoder = new KitGateEncoder();

    public Idt(Core core, Hardware hardware) {
        this(core, hardware, KernelText.of(core));
    }

    /** @param text where this kernel binds its Java code ({@code irq_handler}) */
    public Idt(Core core, Hardware hardware, KernelText text) {
        this.text = text;
        this.core = core;
        this.ops = core.ops();
        this.hardware = hardware;
    }

    /**
     * Exceptions 0-31 and the APIC vectors get ring-0 interrupt gates (IF cleared on entry); the
     * system call gets a ring-3 trap gate, 0xEF as in eduOS, so user code may INT 0x80 and the
     * kernel keeps interrupts on while serving it. The system call's own C function is bound by
     * the system-call layer (eduOS syscall.c), not here.
     */
    public void install() {
        for (int vector = 0; vector < 32; vector++) {
            gate(vector, false, 0);
        }
        for (int vector = TIMER; vector <= SPURIOUS; vector++) {
            gate(vector, false, 0);
        }
        gate(SYSCALL, true, 3);
        if (hardware.timerVector() != TIMER) {
            gate(hardware.timerVector(), TIMER, false, 0);
        }
        hardware.loadIdt(KernelLayout.IDT, KernelLayout.IDT_ENTRIES * 8 - 1);
        text.bindRoutine(EntryStubs.irqHandler(), "irq_handler", this::irqHandler);
    }

    /**
     * Installs a handler for {@code vector}; eduOS {@code irq_install_handler}. Not for INT 0x80:
     * its stub, isrsyscall, calls {@code syscall_handler} directly, as in eduOS.
     */
    public void setHandler(int vector, InterruptHandler handler) {
        handlers[vector] = handler;
    }

    private void gate(int vector, boolean trap, int dpl) {
        gate(vector, vector, trap, dpl);
    }

    /**
     * Vector {@code vector}'s gate leads to the stub of {@code stubVector} (the timer's, wherever
     * the timer interrupts), in the bytes the encoder makes of it (eduOS {@code idt_set_gate}).
     */
    private void gate(int vector, int stubVector, boolean trap, int dpl) {
        int type = trap ? GateEncoder.TRAP_GATE : GateEncoder.INTERRUPT_GATE;
        byte[] bytes = encoder.encode(EntryStubs.stub(stubVector), Selectors.KERNEL_CODE, type, dpl, true);
        hardware.writeIdtEntry(KernelLayout.IDT, vector, EncodedEntry.of(bytes, encoder, "IDT gate " + vector));
    }

    /** Who encodes the gates from now on (the kit's {@link KitGateEncoder} until a lab chooses); call before {@link #install}. */
    public void setEncoder(GateEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * eduOS {@code irq_handler(struct state* s)}: dispatch on {@code s->int_no}. The handler may
     * switch tasks; then this returns, and RETs to common_stub, only when the task runs again.
     */
    private void irqHandler() {
        InterruptFrame frame = StateFrame.read(ops, ops.stackArgument(0));
        InterruptHandler handler = handlers[frame.vector()];
        if (handler == null) {
            throw new IllegalStateException("kernel panic: unhandled " + frame);
        }
        handler.handle(frame);
        ops.ret();
    }
}
