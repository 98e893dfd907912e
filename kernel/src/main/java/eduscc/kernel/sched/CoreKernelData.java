package eduscc.kernel.sched;

import eduscc.kernel.arch.Hardware;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;

/**
 * Kernel data in one core's private memory. The Java code the core runs loads and stores through
 * machine operations, each charged as a MOV plus what the memory hierarchy adds. Any other reader
 * (the debugger thread, a lab report after the run) gets a probe instead, even when it calls a
 * getter: it is not the core running, so it must not move the core's clock. Which thread asks is
 * no simulation decision: the same code path always runs on the same side.
 *
 * <p>The kit runs its kernel without paging, so the addresses here are physical ones in the
 * core's private DRAM (every core maps them to its own).
 */
public final class CoreKernelData implements KernelData {
    private final Core core;
    private final Operations ops;
    private final Hardware hardware;

    public CoreKernelData(Core core, Hardware hardware) {
        this.core = core;
        this.ops = core.ops();
        this.hardware = hardware;
    }

    private boolean charged() {
        return core.runsOnCurrentThread();
    }

    @Override
    public int load32(int address) {
        return charged() ? ops.read32(address) : probe32(address);
    }

    @Override
    public void store32(int address, int value) {
        ops.write32(address, value);
    }

    @Override
    public int load8(int address) {
        return charged() ? ops.read8(address) : probe8(address);
    }

    @Override
    public void store8(int address, int value) {
        ops.write8(address, value);
    }

    @Override
    public int probe32(int address) {
        return core.probePrivate(hardware.probeOffset() + address, 4);
    }

    @Override
    public int probe8(int address) {
        return core.probePrivate(hardware.probeOffset() + address, 1);
    }

    @Override
    public int xchg32(int address, int value) {
        return ops.xchg32(address, value);
    }

    @Override
    public int irqNestedDisable() {
        return hardware.irqSave();
    }

    @Override
    public void irqNestedEnable(int flags) {
        hardware.irqRestore(flags);
    }
}
