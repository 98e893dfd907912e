package eduscc.kernel.arch;

/**
 * The kernel's hardware layer: the few things only the processor's privileged state can do,
 * named for what the kernel wants done. It is what Linux calls {@code paravirt_ops} and what
 * eduOS keeps as inline functions in arch/x86 {@code processor.h} and {@code irqflags.h}.
 *
 * <p>One kernel, two ways to do these things, chosen at boot. {@link NativeHardware} runs the
 * kernel in ring 0 and executes the instruction (CLI, MOV CR3, INVLPG, LGDT ...). A kernel that
 * runs as an lguest guest in ring 1 cannot: each of these would raise #GP there, so its layer asks
 * the host instead, by a hypercall (INT 0x1F) or a store into the shared {@code lguest_data} page
 * (facts scc-lguest-x86.md, C.1 and C.2). The rest of the kernel is the same code either way.
 *
 * <p>What is not here runs unchanged in ring 1 and stays a plain machine operation: loads and
 * stores of kernel data, PUSH/POP, CALL/RET, IRET to ring 3, loading a data segment register.
 */
public interface Hardware {

    /**
     * The layer's first act at boot, before the kernel touches anything else: nothing for a
     * kernel that owns its core; LHCALL_LGUEST_INIT for a guest, which must be its first hypercall.
     */
    void start();

    // Interrupts on and off (eduOS irqflags.h; lguest: lguest_data.irq_enabled)

    /**
     * Interrupts off, returning how they were: eduOS {@code irq_nested_disable}, Linux
     * {@code local_irq_save}. Pass the result to {@link #irqRestore}.
     */
    int irqSave();

    /**
     * Interrupts back on only if they were on when {@code flags} was saved: eduOS
     * {@code irq_nested_enable}, Linux {@code local_irq_restore}.
     */
    void irqRestore(int flags);

    /** Interrupts on (eduOS {@code irq_enable}). */
    void irqEnable();

    /** Interrupts off (eduOS {@code irq_disable}). */
    void irqDisable();

    /** Wait for the next interrupt doing nothing (the idle task; lguest: LHCALL_HALT). */
    void halt();

    // The processor's tables (eduOS gdt.c, idt.c; lguest: LHCALL_LOAD_GDT_ENTRY, _IDT_ENTRY)

    /**
     * Entry {@code index} of the GDT at {@code table} becomes {@code descriptor}: its 8 bytes as
     * one little-endian value, byte 0 in bits 7:0 (SDM §3.4.5).
     */
    void writeGdtEntry(int table, int index, long descriptor);

    /** The processor uses the GDT at {@code base}, {@code limit + 1} bytes long, from now on. */
    void loadGdt(int base, int limit);

    /** Entry {@code vector} of the IDT at {@code table} becomes {@code gate}: its 8 bytes, as for the GDT (SDM §6.11). */
    void writeIdtEntry(int table, int vector, long gate);

    /** The processor uses the IDT at {@code base}, {@code limit + 1} bytes long, from now on. */
    void loadIdt(int base, int limit);

    /** The processor's TSS is the one whose descriptor {@code selector} names. */
    void loadTaskRegister(int selector);

    /**
     * Where an interrupt from ring 3 switches the stack to: ESP0 of the core's TSS (eduOS
     * {@code set_kernel_stack}; lguest: LHCALL_SET_STACK).
     */
    void setKernelStack(int esp0);

    // Memory (eduOS arch/x86/mm; lguest: LHCALL_NEW_PGTABLE, LHCALL_FLUSH_TLB)

    /** The caches fill from now on (eduOS {@code cpu_init}). */
    void enableCaches();

    /** Paging on, with the page directory at physical address {@code directory}. */
    void enablePaging(int directory);

    /**
     * Addresses translate through the page directory at {@code directory} from now on (eduOS
     * {@code write_cr3}); the translations cached for the old one are gone.
     */
    void loadPageDirectory(int directory);

    /**
     * Page-table bit 7 means MPBT from now on (CR4.MPE, facts A.3): lines of such pages are cached
     * in L1 only, CL1INVMB drops them, and writes go through the write-combine buffer.
     */
    void enableMessageBufferType();

    /** The cached translation of the page holding {@code linear}, if any, is gone. */
    void flushTlbEntry(int linear);

    /** The linear address whose access raised the page fault being handled (lguest: lguest_data.cr2). */
    int pageFaultAddress();

    // Devices: which core this is, the timer, the interrupt controllers, the console

    /** Which core of the chip this kernel runs on, 0-47 (RCCE's processor id, not a Unix pid). */
    int pid();

    /**
     * The periodic timer interrupts {@code timerFreq} times a second on vector {@link Idt#TIMER}
     * (lguest: LHCALL_SET_CLOCKEVENT).
     */
    void startTimer(int timerFreq);

    /** End of interrupt: the interrupt being handled is done, the next may come. */
    void endOfInterrupt();

    /** Interrupts from other cores reach this core, core {@code pid}, on {@link Idt#LINT0}. */
    void openInterCoreInterrupts(int pid);

    /** Interrupts core {@code destination}. */
    void sendInterCoreInterrupt(int destination);

    /** Which cores sent the inter-core interrupt being handled (bit k = core k), acknowledged. */
    long acknowledgeInterCoreInterrupts();

    // Where the kernel runs

    /**
     * The ring the kernel runs in: 0 natively, 1 as an lguest guest (GUEST_PL). The kernel's
     * selectors carry it as their RPL: a ring-1 kernel loads SS with 0x11, not 0x10.
     */
    int kernelRing();

    /**
     * The vector the timer interrupts on: the local APIC's {@link Idt#TIMER}, natively; lguest
     * delivers the guest's clock as IRQ 0, vector 32. Its gate leads to the timer's stub either way.
     */
    int timerVector();

    /**
     * The pages of device memory the kernel maps to themselves (uncached) when it turns paging
     * on: its tile's configuration registers, the interrupt controller and the APIC natively;
     * lguest's device page and the console's rings for a guest.
     */
    int[] devicePages();

    /** One character out on this core's console (eduOS {@code kputchar}). */
    void consoleWrite(int ch);

    /**
     * Not the kernel's: the simulator's. Where this kernel's physical address 0 lies in the core's
     * private memory, for reads that cost the core nothing (the debugger's probes, a lab's stop
     * condition): 0 natively; a guest's memory begins where its host put it.
     */
    default int probeOffset() {
        return 0;
    }
}
