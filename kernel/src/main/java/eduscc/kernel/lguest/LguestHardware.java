package eduscc.kernel.lguest;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.sched.KernelPanic;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.tables.SegmentDescriptor;

/**
 * The kernel's hardware layer when it runs as an lguest guest in ring 1 (lguest.c's paravirt
 * ops, facts C.1 and C.2): where the native layer executes a privileged instruction, this one
 * makes a hypercall (INT 0x1F, the call in EAX, its arguments in EBX, ECX, EDX) or a store into
 * lguest_data. Interrupts on and off are the virtual flag {@code irq_enabled}; the tables go to
 * the host entry by entry; CR3 is LHCALL_NEW_PGTABLE; the timer is a one-shot clock event the
 * kernel re-arms at each tick; the console is the launcher's virtio console.
 */
public final class LguestHardware implements Hardware {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Operations ops;
    private final int pid;
    private final int lguestData;
    /** Where the host put guest-physical 0, for the simulator's probes only (the guest never uses it). */
    private final int probeOffset;
    private final GuestConsole console;
    private final int devicePage;
    private int pageDirectory;
    private long tickNanos;

    /**
     * @param lguestData where this kernel keeps its struct lguest_data (guest-physical, identity-mapped)
     * @param devicePage lguest's device page (the top of the guest's RAM), where the console is
     * @param probeOffset where the host put guest-physical 0 in the core's private memory ({@link #probeOffset})
     */
    public LguestHardware(Operations ops, int pid, int lguestData, int devicePage, int consoleBuffer, int probeOffset) {
        this.ops = ops;
        this.pid = pid;
        this.lguestData = lguestData;
        this.devicePage = devicePage;
        this.probeOffset = probeOffset;
        this.console = new GuestConsole(ops, devicePage, consoleBuffer, this::hypercall);
    }

    /** LHCALL_LGUEST_INIT: the first thing a guest kernel does, before anything else here. */
    @Override
    public void start() {
        hypercall(Hypercalls.LGUEST_INIT, lguestData, 0, 0);
    }

    int hypercall(int call, int arg1, int arg2, int arg3) {
        ops.setRegister(Registers.EAX, call);
        ops.setRegister(Registers.EBX, arg1);
        ops.setRegister(Registers.ECX, arg2);
        ops.setRegister(Registers.EDX, arg3);
        ops.intN(Hypercalls.TRAP_ENTRY);
        return ops.getRegister(Registers.EAX);
    }

    @Override
    public int irqSave() {
        int flags = ops.read32(lguestData + LguestData.IRQ_ENABLED);
        ops.write32(lguestData + LguestData.IRQ_ENABLED, 0);
        return flags;
    }

    /** Interrupts back on as saved; one that came meanwhile is asked for (LHCALL_SEND_INTERRUPTS). */
    @Override
    public void irqRestore(int flags) {
        ops.write32(lguestData + LguestData.IRQ_ENABLED, flags & Eflags.IF);
        if ((flags & Eflags.IF) != 0 && ops.read32(lguestData + LguestData.IRQ_PENDING) != 0) {
            hypercall(Hypercalls.SEND_INTERRUPTS, 0, 0, 0);
        }
    }

    @Override
    public void irqEnable() {
        irqRestore(Eflags.IF);
    }

    @Override
    public void irqDisable() {
        ops.write32(lguestData + LguestData.IRQ_ENABLED, 0);
    }

    /** LHCALL_HALT, or, with interrupts off for good, LHCALL_SHUTDOWN: nothing could wake the guest. */
    @Override
    public void halt() {
        if (ops.read32(lguestData + LguestData.IRQ_ENABLED) == 0) {
            hypercall(Hypercalls.SHUTDOWN, 0, Hypercalls.SHUTDOWN_POWEROFF, 0);
        } else {
            hypercall(Hypercalls.HALT, 0, 0, 0);
        }
    }

    /**
     * The guest keeps its own copy of the table (for the debugger) and tells the host about its
     * segments; a TSS descriptor stays in the copy only (the guest's TSS is the host's).
     */
    @Override
    public void writeGdtEntry(int table, int index, long bits) {
        ops.write32(table + 8 * index, (int) bits);
        ops.write32(table + 8 * index + 4, (int) (bits >>> 32));
        if (SegmentDescriptor.decode(bits).s() || index == 0) {
            hypercall(Hypercalls.LOAD_GDT_ENTRY, index, (int) bits, (int) (bits >>> 32));
        }
    }

    /** The host already has every entry (LHCALL_LOAD_GDT_ENTRY). */
    @Override
    public void loadGdt(int base, int limit) {
    }

    @Override
    public void writeIdtEntry(int table, int vector, long bits) {
        ops.write32(table + 8 * vector, (int) bits);
        ops.write32(table + 8 * vector + 4, (int) (bits >>> 32));
        hypercall(Hypercalls.LOAD_IDT_ENTRY, vector, (int) bits, (int) (bits >>> 32));
    }

    @Override
    public void loadIdt(int base, int limit) {
    }

    /** The guest's TSS is the host's (in the Switcher's state page). */
    @Override
    public void loadTaskRegister(int selector) {
    }

    @Override
    public void setKernelStack(int esp0) {
        hypercall(Hypercalls.SET_STACK, GuestLayout.KERNEL_DS, esp0, 2);
    }

    /** The host decides how memory is cached. */
    @Override
    public void enableCaches() {
    }

    /** A guest always runs with paging (the shadow tables); its own tables take over. */
    @Override
    public void enablePaging(int directory) {
        loadPageDirectory(directory);
    }

    @Override
    public void loadPageDirectory(int directory) {
        pageDirectory = directory;
        hypercall(Hypercalls.NEW_PGTABLE, directory, 0, 0);
    }

    /** The entry the kernel changed goes to the host (LHCALL_SET_PTE), which updates its shadow. */
    @Override
    public void flushTlbEntry(int linear) {
        int pde = ops.read32(pageDirectory + 4 * (linear >>> 22));
        int pte = (pde & Paging.P) == 0 ? 0 : ops.read32((pde & Paging.FRAME) + 4 * ((linear >>> 12) & 0x3FF));
        hypercall(Hypercalls.SET_PTE, pageDirectory, linear, pte);
    }

    @Override
    public int pageFaultAddress() {
        return ops.read32(lguestData + LguestData.CR2);
    }

    @Override
    public int pid() {
        return pid;
    }

    /** A one-shot clock event (IRQ 0, vector 32), re-armed at each end of interrupt. */
    @Override
    public void startTimer(int timerFreq) {
        tickNanos = NANOS_PER_SECOND / timerFreq;
        hypercall(Hypercalls.SET_CLOCKEVENT, (int) tickNanos, 0, 0);
    }

    @Override
    public void endOfInterrupt() {
        hypercall(Hypercalls.SET_CLOCKEVENT, (int) tickNanos, 0, 0);
    }

    /** A guest has no global interrupt controller: nothing to open. */
    @Override
    public void openInterCoreInterrupts(int pid) {
    }

    /** lguest gives its guests no MPBs: the kit's guests do not talk to other cores. */
    @Override
    public void enableMessageBufferType() {
        throw new KernelPanic("guest on core " + pid + ": a guest has no message-passing buffers");
    }

    @Override
    public void sendInterCoreInterrupt(int destination) {
        throw new KernelPanic("guest on core " + pid + ": a guest cannot interrupt core " + destination);
    }

    @Override
    public long acknowledgeInterCoreInterrupts() {
        return 0;
    }

    /** lguest's device page and the console's two rings after it (facts C.6). */
    @Override
    public int[] devicePages() {
        int[] pages = new int[1 + 2 * Virtqueue.PAGES];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = devicePage + GuestMemory.PAGE * i;
        }
        return pages;
    }

    @Override
    public int kernelRing() {
        return GuestLayout.GUEST_RING;
    }

    /** lguest's IRQ 0 (the clock) arrives on vector 32 (facts C.4). */
    @Override
    public int timerVector() {
        return VirtualInterrupts.IRQ_BASE + VirtualInterrupts.CLOCK_IRQ;
    }

    @Override
    public int probeOffset() {
        return probeOffset;
    }

    @Override
    public void consoleWrite(int ch) {
        console.write(ch);
    }
}
