package eduscc.kernel.sched;

import eduscc.kernel.arch.Hardware;
import eduscc.machine.cpu.Operations;

/**
 * What the software switch's C half may use of the core ({@link SwitchContextParts}): its machine
 * operations, the kernel's ring, the page directory in CR3 as the kernel last loaded it, and the
 * two privileged stores that the kernel's hardware layer makes (native: MOV CR3 and the TSS's
 * ESP0; under lguest: the hypercalls that stand in for them).
 */
public final class SwitchContextCpu {
    private final Operations ops;
    private final Hardware hardware;
    /** The page directory in CR3 now, as the kernel last loaded it (0 while paging is off). */
    private int loadedPageMap;

    SwitchContextCpu(Operations ops, Hardware hardware, int pageMap) {
        this.ops = ops;
        this.hardware = hardware;
        this.loadedPageMap = pageMap;
    }

    /** The core's machine operations: memory, registers (EAX for {@code get_current_stack}). */
    public Operations ops() {
        return ops;
    }

    /** The ring the kernel runs in: 0 natively, 1 as an lguest guest; the RPL of its selectors. */
    public int kernelRing() {
        return hardware.kernelRing();
    }

    /** The page directory in CR3 now (free: the kernel remembers what it loaded, as eduOS's per-core state). */
    public int loadedPageMap() {
        return loadedPageMap;
    }

    /** MOV CR3 (SDM §4.10.4.1): {@code directory} becomes the one in use, and the TLBs are flushed. */
    public void loadPageMap(int directory) {
        hardware.loadPageDirectory(directory);
        loadedPageMap = directory;
    }

    /** One store into ESP0 of the core's TSS (SDM §7.2.1). */
    public void setEsp0(int esp0) {
        hardware.setKernelStack(esp0);
    }
}
