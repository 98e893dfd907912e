package eduscc.machine.cpu;

import eduscc.machine.cache.Cacheability;
import eduscc.machine.memory.DirectFrame;

/**
 * The local APIC sits at 0xFEE00000 in the core's physical space and answers before the address
 * reaches the LUT (SDM Vol. 3A §10.4.1), so every core sees its own APIC there; everything else
 * goes on to the mesh.
 */
final class ApicWindow implements PhysicalMemory {
    private final Core core;
    private final PhysicalMemory chip;

    ApicWindow(Core core, PhysicalMemory chip) {
        this.core = core;
        this.chip = chip;
    }

    private static boolean isApic(int physical) {
        return (physical & ~(LocalApic.SIZE - 1)) == LocalApic.BASE;
    }

    @Override
    public int read(int physical, int size) {
        if (isApic(physical)) {
            core.apic().advanceTimer(core.cycles());
            return core.apic().read(physical & 0xFF0, core.cycles());
        }
        return chip.read(physical, size);
    }

    @Override
    public void write(int physical, int size, int value) {
        if (isApic(physical)) {
            core.apic().write(physical & 0xFF0, value, core.cycles());
        } else {
            chip.write(physical, size, value);
        }
    }

    /** A line fill never reaches the APIC (it is uncacheable): it goes to the mesh as one packet. */
    @Override
    public void readLine(int lineAddress, byte[] line) {
        chip.readLine(lineAddress, line);
    }

    /** Nor does a write-combined line. */
    @Override
    public void writeLine(int lineAddress, byte[] line, int written) {
        chip.writeLine(lineAddress, line, written);
    }

    @Override
    public int accessCycles(int physical, boolean write) {
        return isApic(physical) ? 0 : chip.accessCycles(physical, write);
    }

    /** The APIC's registers are never cached (SDM Vol. 3A §10.4.1: map them strong uncacheable). */
    @Override
    public Cacheability cacheability(int physical) {
        return isApic(physical) ? Cacheability.UNCACHEABLE : chip.cacheability(physical);
    }

    @Override
    public DirectFrame directFrame(int physical) {
        return isApic(physical) ? null : chip.directFrame(physical);
    }

    @Override
    public boolean isShared(int physical) {
        return !isApic(physical) && chip.isShared(physical);
    }
}
