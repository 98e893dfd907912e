package eduscc.machine.snapshot;

import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.LocalApic;
import eduscc.machine.cpu.Paging;
import eduscc.machine.cpu.Registers;
import eduscc.machine.scc.BusError;
import eduscc.machine.scc.Interconnect;

/**
 * Reads one core's linear memory the way a hardware debugger's probe does: through the core's
 * paging and LUT, as the CPU's own supervisor reads of its tables go, but without the machine
 * noticing.
 *
 * <p>{@code LogicalMemory.readLinear} is deliberately not used. A read there is part of the
 * simulation: the page walk sets accessed bits in the real PDE and PTE, a failed walk writes CR2, a
 * read of shared memory waits for the core's turn and is traced as a mesh packet, and a bus error
 * shuts the core down with a machine check. A snapshot taken at a pause must change nothing, or
 * stepping back by re-running (DESIGN §5) would not reach the same state. So this probe walks the
 * page tables itself, reads only DRAM and MPBs through {@link Interconnect#readBytes} (which
 * neither traces nor charges time, and refuses register banks, whose reads have effects), and
 * answers everything else with {@link Unreadable}.
 */
final class MemoryProbe {
    private static final int PAGE = 0x1000;

    private final Registers regs;
    private final Interconnect chip;
    private final CoreId id;

    MemoryProbe(int pid, Registers regs, Interconnect chip) {
        this.regs = regs;
        this.chip = chip;
        this.id = new CoreId(pid);
    }

    /** Why some bytes could not be read; the message names the address and the cause. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code length} bytes from {@code linear} on, a page at a time (each page may map elsewhere). */
    byte[] read(int linear, int length) throws Unreadable {
        byte[] bytes = new byte[length];
        int done = 0;
        while (done < length) {
            int address = linear + done;
            int chunk = Math.min(length - done, PAGE - (address & (PAGE - 1)));
            readPhysical(translate(address), bytes, done, chunk);
            done += chunk;
        }
        return bytes;
    }

    /** {@code length} physical bytes from {@code physical} on, through the core's LUT only (no paging). */
    byte[] readPhysical(int physical, int length) throws Unreadable {
        byte[] bytes = new byte[length];
        readPhysical(physical, bytes, 0, length);
        return bytes;
    }

    /** The physical address a linear one maps to now, walking the page tables without touching them. */
    int physicalOf(int linear) throws Unreadable {
        return translate(linear);
    }

    /** The two-level walk of SDM Vol. 3A §4.3, read-only: no accessed bits, no CR2, no #PF. */
    private int translate(int linear) throws Unreadable {
        if (!regs.paging()) {
            return linear;
        }
        int pde = readEntry((regs.cr3 & Paging.FRAME) + ((linear >>> 22) << 2));
        if ((pde & Paging.P) == 0) {
            throw new Unreadable(String.format("linear 0x%08X: page directory entry not present", linear));
        }
        if ((pde & Paging.PS_OR_MPBT) != 0 && (regs.cr4 & ControlBits.CR4_PSE) != 0) {
            return (pde & 0xFFC00000) | (linear & 0x003FFFFF);
        }
        int pte = readEntry((pde & Paging.FRAME) + (((linear >>> 12) & 0x3FF) << 2));
        if ((pte & Paging.P) == 0) {
            throw new Unreadable(String.format("linear 0x%08X: page table entry not present", linear));
        }
        return (pte & Paging.FRAME) | (linear & 0xFFF);
    }

    private int readEntry(int physical) throws Unreadable {
        byte[] entry = new byte[4];
        readPhysical(physical, entry, 0, 4);
        return (entry[0] & 0xFF) | (entry[1] & 0xFF) << 8 | (entry[2] & 0xFF) << 16 | (entry[3] & 0xFF) << 24;
    }

    /** The local APIC answers before the LUT (SDM §10.4.1): its registers are not memory. */
    private void readPhysical(int physical, byte[] into, int offset, int length) throws Unreadable {
        if ((physical & ~(LocalApic.SIZE - 1)) == LocalApic.BASE) {
            throw new Unreadable(String.format("physical 0x%08X is the local APIC's register page", physical));
        }
        try {
            chip.readBytes(id, physical, into, offset, length);
        } catch (BusError e) {
            throw new Unreadable(e.getMessage());
        } catch (RuntimeException e) {
            throw new Unreadable(String.format("physical 0x%08X: %s", physical, e.getMessage()));
        }
    }
}
