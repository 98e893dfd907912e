package eduscc.machine;

import eduscc.machine.cache.Cacheability;
import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.Mesh;
import eduscc.machine.chip.TileId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.PhysicalMemory;
import eduscc.machine.memory.DirectFrame;
import eduscc.machine.memory.SystemAddress;
import eduscc.machine.scc.Access;
import eduscc.machine.scc.BusError;
import eduscc.machine.scc.Interconnect;
import eduscc.machine.trace.TraceEvent;

/**
 * One core's connection to the mesh: its physical accesses go through its LUT to wherever the
 * interconnect routes them. An access the SCC cannot complete (an unmapped LUT entry, an
 * undefined register) is a machine check; with CR4.MCE clear a Pentium enters shutdown, and
 * so does the model, with the bus error as the reason (the real chip would often just lock up).
 */
final class ChipPort implements PhysicalMemory {
    private final Interconnect chip;
    private final CoreId id;
    private Core core;

    ChipPort(Interconnect chip, CoreId id) {
        this.chip = chip;
        this.id = id;
    }

    void attach(Core owner) {
        this.core = owner;
    }

    @Override
    public int read(int physical, int size) {
        try {
            traceIfShared(physical, Access.READ);
            return chip.read(id, physical, size);
        } catch (BusError e) {
            throw core.machineCheck(e.getMessage());
        }
    }

    @Override
    public void write(int physical, int size, int value) {
        try {
            traceIfShared(physical, Access.WRITE);
            chip.write(id, physical, size, value);
        } catch (BusError e) {
            throw core.machineCheck(e.getMessage());
        }
    }

    /** A line fill crosses the mesh as one packet (a burst read, RDO), not one per byte. */
    @Override
    public void readLine(int lineAddress, byte[] line) {
        try {
            traceIfShared(lineAddress, Access.READ, chip.accessCycles(id, lineAddress, Access.READ), " LINE");
            for (int i = 0; i < line.length; i += 4) {
                int value = chip.read(id, lineAddress + i, 4);
                for (int b = 0; b < 4; b++) {
                    line[i + b] = (byte) (value >>> (8 * b));
                }
            }
        } catch (BusError e) {
            throw core.machineCheck(e.getMessage());
        }
    }

    /** The write-combine buffer goes out as one packet (WCWR), whatever part of the line it holds. */
    @Override
    public void writeLine(int lineAddress, byte[] line, int written) {
        try {
            int cycles = 0;
            for (int i = 0; i < line.length; i += 4) {
                cycles += chip.accessCycles(id, lineAddress + i, Access.WRITE);
            }
            traceIfShared(lineAddress, Access.WRITE, cycles, " COMBINED");
            for (int i = 0; i < line.length; i++) {
                if ((written & (1 << i)) != 0) {
                    chip.write(id, lineAddress + i, 1, line[i]);
                }
            }
        } catch (BusError e) {
            throw core.machineCheck(e.getMessage());
        }
    }

    /** Every access that leaves the core's private memory is a packet on the mesh (DESIGN §5). */
    private void traceIfShared(int physical, Access kind) {
        traceIfShared(physical, kind, chip.accessCycles(id, physical, kind), "");
    }

    private void traceIfShared(int physical, Access kind, int cycles, String how) {
        if (!chip.isShared(id, physical)) {
            return;
        }
        SystemAddress target = chip.translate(id, physical);
        TileId to = target.tile();
        core.trace(new TraceEvent.MeshPacket(id.tile().index(), to.index(), Mesh.hops(id.tile(), to),
            cycles, chip.target(id, physical) + " " + kind + how));
    }

    @Override
    public int accessCycles(int physical, boolean write) {
        return chip.accessCycles(id, physical, write ? Access.WRITE : Access.READ);
    }

    /** Own private DRAM is cacheable; other memory only through MPBT pages; registers never. */
    @Override
    public Cacheability cacheability(int physical) {
        return switch (chip.target(id, physical)) {
            case PRIVATE_DRAM -> Cacheability.CACHEABLE;
            case SHARED_DRAM, MPB -> Cacheability.ONLY_AS_MESSAGE_BUFFER;
            case CRB, FPGA, UNMODELLED -> Cacheability.UNCACHEABLE;
        };
    }

    @Override
    public DirectFrame directFrame(int physical) {
        return chip.directFrame(id, physical);
    }

    @Override
    public boolean isShared(int physical) {
        return chip.isShared(id, physical);
    }
}
