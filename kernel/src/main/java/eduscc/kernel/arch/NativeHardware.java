package eduscc.kernel.arch;

import eduscc.kernel.mm.KernelMappings;

import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.tables.Tss32;

/**
 * The hardware layer of a kernel that owns the core (native x86 in ring 0): each method executes
 * the instruction, as eduOS's inline functions do, or drives the device's registers, through the
 * devices' drivers {@link Apic} and {@link Gic}. The SDM section of each is named at the method;
 * "SDM" is the Intel SDM, Vol. 2 for instructions and Vol. 3A for system programming.
 */
public final class NativeHardware implements Hardware {
    /** The debug port the core's console listens on (Bochs and QEMU have one at the same port). */
    public static final int CONSOLE_PORT = 0xE9;

    private final Operations ops;
    private final Apic apic;
    /** The global interrupt controller, once the kernel knows which core it runs on. */
    private Gic gic;

    public NativeHardware(Operations ops) {
        this.ops = ops;
        this.apic = new Apic(ops);
    }

    /** PUSHFD; POP; CLI (SDM Vol. 2 "PUSHF", "CLI"): IF is bit 9 of the EFLAGS returned. */
    @Override
    public int irqSave() {
        int flags = ops.readEflags();
        ops.cli();
        return flags;
    }

    /** STI only if IF was set (SDM Vol. 2 "STI"): a nested section must not turn interrupts on early. */
    @Override
    public void irqRestore(int flags) {
        if ((flags & Eflags.IF) != 0) {
            ops.sti();
        }
    }

    @Override
    public void irqEnable() {
        ops.sti();
    }

    @Override
    public void irqDisable() {
        ops.cli();
    }

    /** HLT (SDM Vol. 2 "HLT"): with IF clear, the core stops for good. */
    @Override
    public void halt() {
        ops.hlt();
    }

    /** The descriptor's 8 bytes at {@code table + 8 * index}, low doubleword first (SDM §3.4.5). */
    @Override
    public void writeGdtEntry(int table, int index, long descriptor) {
        writeEntry(table, index, descriptor);
    }

    /** LGDT (SDM §2.4.1): GDTR gets base and limit; the segment registers keep their cached descriptors. */
    @Override
    public void loadGdt(int base, int limit) {
        ops.lgdt(base, limit);
    }

    /** The gate's 8 bytes at {@code table + 8 * vector}, low doubleword first (SDM §6.11). */
    @Override
    public void writeIdtEntry(int table, int vector, long gate) {
        writeEntry(table, vector, gate);
    }

    /** LIDT (SDM §2.4.3). */
    @Override
    public void loadIdt(int base, int limit) {
        ops.lidt(base, limit);
    }

    private void writeEntry(int table, int index, long bits) {
        ops.write32(table + 8 * index, (int) bits);
        ops.write32(table + 8 * index + 4, (int) (bits >>> 32));
    }

    /** LTR (SDM §7.2.4): TR gets the TSS, whose descriptor becomes busy. */
    @Override
    public void loadTaskRegister(int selector) {
        ops.ltr(selector);
    }

    /**
     * One store into ESP0 of the core's TSS, the one the kernel loaded at boot (SDM §7.2.1: the
     * stack the processor switches to for a privilege change to ring 0, §6.12.1).
     */
    @Override
    public void setKernelStack(int esp0) {
        ops.write32(KernelLayout.tssAddress(0) + Tss32.ESP0, esp0);
    }

    /** CR0 without CD and NW (SDM §11.5.3): normal cache mode. */
    @Override
    public void enableCaches() {
        ops.writeCr(0, ops.readCr(0) & ~(ControlBits.CR0_CD | ControlBits.CR0_NW));
    }

    /**
     * CR3 gets the directory, then CR0 gets PG, and WP, so that ring 0 too faults on writes to
     * read-only pages (SDM §2.5, §4.1.3).
     */
    @Override
    public void enablePaging(int directory) {
        ops.writeCr(3, directory);
        ops.writeCr(0, ops.readCr(0) | ControlBits.CR0_PG | ControlBits.CR0_WP);
    }

    /** MOV to CR4 with MPE (bit 11) set, the SCC's extension (facts A.3; PSE stays clear). */
    @Override
    public void enableMessageBufferType() {
        ops.writeCr(4, ops.readCr(4) | ControlBits.CR4_MPE);
    }

    /** MOV CR3 (SDM §4.10.4.1): every TLB entry of a non-global page goes with it. */
    @Override
    public void loadPageDirectory(int directory) {
        ops.writeCr(3, directory);
    }

    /** INVLPG (SDM Vol. 2 "INVLPG", §4.10.4.1). */
    @Override
    public void flushTlbEntry(int linear) {
        ops.invlpg(linear);
    }

    /** MOV from CR2 (SDM §4.7, §6.15 "Interrupt 14"): the processor left the address there. */
    @Override
    public int pageFaultAddress() {
        return ops.readCr(2);
    }

    @Override
    public int[] devicePages() {
        return KernelMappings.NATIVE_DEVICES.clone();
    }

    /** Nothing to announce: the kernel owns the core. */
    @Override
    public void start() {
    }

    /** Ring 0: the kernel owns the core. */
    @Override
    public int kernelRing() {
        return 0;
    }

    /** The local APIC's timer vector, programmed in its LVT ({@link Apic#start}). */
    @Override
    public int timerVector() {
        return Idt.TIMER;
    }

    /** From the tile's MYTILEID register in the core's own configuration register bank (facts A.1, A.6). */
    @Override
    public int pid() {
        return SccAddresses.pidFromTileId(ops.read32(SccAddresses.CRB_OWN + SccAddresses.MYTILEID));
    }

    /** The local APIC's reset, which also routes LINT0 and LINT1 ({@link Apic#start}). */
    @Override
    public void startTimer(int timerFreq) {
        apic.start(timerFreq);
    }

    /** Chooses who sets up the local APIC at {@link #startTimer} (a lab's {@code apic-timer} plug-in). */
    public void setApicTimer(ApicTimerSetup setup) {
        apic.setTimerSetup(setup);
    }

    /** A write to the local APIC's EOI register. */
    @Override
    public void endOfInterrupt() {
        apic.eoi();
    }

    @Override
    public void openInterCoreInterrupts(int pid) {
        gic = new Gic(ops, pid);
        gic.open();
    }

    @Override
    public void sendInterCoreInterrupt(int destination) {
        openedGic().sendIpi(destination);
    }

    @Override
    public long acknowledgeInterCoreInterrupts() {
        return openedGic().acknowledge();
    }

    private Gic openedGic() {
        if (gic == null) {
            throw new IllegalStateException("the kernel uses the GIC before openInterCoreInterrupts");
        }
        return gic;
    }

    /** OUT to the debug port (SDM Vol. 2 "OUT"; with IOPL 0 only ring 0 may, SDM Vol. 1 "I/O Privilege Level"). */
    @Override
    public void consoleWrite(int ch) {
        ops.out8(CONSOLE_PORT, ch);
    }
}
