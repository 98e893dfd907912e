package eduscc.kernel;

import eduscc.kernel.arch.Apic;
import eduscc.kernel.arch.Gdt;
import eduscc.kernel.arch.Gic;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.arch.InterruptFrame;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.SccAddresses;
import eduscc.kernel.arch.TaskStateSegment;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;

/**
 * One core's kernel (MetalSVM is a multikernel: every core boots its own instance; DESIGN §4).
 * {@link #boot()} follows eduOS {@code main}: find out which core this is, install the GDT and
 * the IDT, load the task register, start the APIC timer, open the inter-core interrupt path,
 * enable interrupts, and become the idle task.
 */
public final class Kernel {
    private final Core core;
    private final Operations ops;
    private final KernelConfig config;
    private final Gdt gdt;
    private final Idt idt;
    private final Apic apic;
    private Gic gic;
    private int pid = -1;
    private long ticks;
    private long ipisReceived;

    public Kernel(Core core, KernelConfig config) {
        this.core = core;
        this.ops = core.ops();
        this.config = config;
        this.gdt = new Gdt(ops);
        this.idt = new Idt(core);
        this.apic = new Apic(ops);
    }

    /** The kernel entry: runs on the boot context and never returns. */
    public void boot() {
        pid = SccAddresses.pidFromTileId(ops.read32(SccAddresses.CRB_OWN + SccAddresses.MYTILEID));
        gdt.install();
        installInterrupts();
        loadTaskRegister();
        apic.start(config.timerFreq());
        gic = new Gic(ops, pid);
        gic.open();
        ops.sti();
        idle();
    }

    private void installInterrupts() {
        idt.install();
        idt.setHandler(Idt.TIMER, this::timerTick);
        idt.setHandler(Idt.LINT0, this::interCoreInterrupt);
        idt.setHandler(Idt.APIC_ERROR, frame -> apic.eoi());
        idt.setHandler(Idt.SPURIOUS, frame -> { });
        for (int vector = 0; vector < 32; vector++) {
            idt.setHandler(vector, this::exception);
        }
    }

    /** The boot context's TSS: its ESP0 is where a ring-3 interrupt will switch the stack to. */
    private void loadTaskRegister() {
        int base = KernelLayout.tssAddress(0);
        TaskStateSegment.write(ops, base, TaskStateSegment.kernelTask(0, 0, KernelLayout.kernelStackTop(0), Eflags.RESERVED_ONE));
        ops.ltr(gdt.addTss(0, base));
    }

    private void timerTick(InterruptFrame frame) {
        ticks++;
        apic.eoi();
    }

    private void interCoreInterrupt(InterruptFrame frame) {
        gic.acknowledge();
        ipisReceived++;
        apic.eoi();
    }

    private void exception(InterruptFrame frame) {
        throw new IllegalStateException("kernel panic on core " + pid + ": exception " + frame);
    }

    /** The idle task: halt until the next interrupt, for ever (or until the configured tick). */
    private void idle() {
        while (config.stopAfterTicks() == 0 || ticks < config.stopAfterTicks()) {
            ops.hlt();
        }
        ops.cli();
        ops.hlt();
    }

    public int pid() {
        return pid;
    }

    public long ticks() {
        return ticks;
    }

    public long ipisReceived() {
        return ipisReceived;
    }

    public Gdt gdt() {
        return gdt;
    }
}
