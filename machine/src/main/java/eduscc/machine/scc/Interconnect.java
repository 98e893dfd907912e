package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.SubDestination;
import eduscc.machine.chip.TileId;
import eduscc.machine.memory.DefaultLutMap;
import eduscc.machine.memory.DirectFrame;
import eduscc.machine.memory.FrameChanges;
import eduscc.machine.memory.SparseMemory;
import eduscc.machine.memory.SystemAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SCC's memory system seen from the cores: every physical access a core makes goes through its
 * LUT and over the mesh to a DRAM, an MPB, a CRB or the FPGA (facts A.5 translation and default
 * map, A.3 MPB, A.6 CRB, A.7 GRB, latencies A.4).
 *
 * <p>The interconnect owns everything a core can reach: four DRAMs (one sparse store per memory
 * controller, addressed by the 34-bit address inside the controller), 24 MPBs, 24 CRBs and the
 * FPGA register bank. It answers three questions for the CPU and the engine: what does this
 * access do ({@link #read}, {@link #write}), must it be ordered in global time ({@link #isShared})
 * and what does it cost ({@link #accessCycles}).
 *
 * <p>Register devices (CRB, FPGA) take only aligned 32-bit accesses, as their drivers issue them.
 *
 * <p>Every access asks the requester's {@link CoreRoutes} for its LUT entry's route: the target
 * kind, the DRAM and the costs are worked out once per LUT write, not once per access.
 */
public final class Interconnect {

    private static final int SLOT_BYTES = DefaultLutMap.BYTES_PER_ENTRY;

    private final SparseMemory[] drams = new SparseMemory[MemoryController.values().length];
    private final MessagePassingBuffer[] mpbs = new MessagePassingBuffer[TileId.all().size()];
    private final List<ConfigRegisters> crbs;
    private final Fpga fpga;
    private final CoreRoutes[] routes = new CoreRoutes[CoreId.COUNT];
    /** One count for every DRAM and LUT of the chip: the frames it hands out ({@link #directFrame}) are checked against it. */
    private final FrameChanges frameChanges = new FrameChanges();

    /** A chip as after {@code sccReset -g}: every core in reset, default LUTs, empty memories. */
    public Interconnect(ChipWires wires) {
        Objects.requireNonNull(wires, "wires");
        for (MemoryController mc : MemoryController.values()) {
            drams[mc.ordinal()] = new SparseMemory(frameChanges);
        }
        List<ConfigRegisters> banks = new ArrayList<>();
        for (TileId tile : TileId.all()) {
            mpbs[tile.index()] = new MessagePassingBuffer();
            banks.add(new ConfigRegisters(tile, wires, frameChanges));
        }
        crbs = List.copyOf(banks);
        fpga = new Fpga(wires, crbs);
        for (CoreId core : CoreId.all()) {
            routes[core.pid()] = new CoreRoutes(core, crb(core.tile()).lutOf(core.z()), drams);
        }
    }

    // --- translation -------------------------------------------------------------------------

    /** Where {@code physical} goes for {@code requester}, through its LUT in its tile's CRB. */
    public SystemAddress translate(CoreId requester, int physical) {
        return mappedRoute(requester, physical).systemAddress(physical);
    }

    /** The classified LUT entry that {@code physical} uses, or null when it is unmapped. */
    private LutRoute route(CoreId requester, int physical) {
        return routes[requester.pid()].of(physical);
    }

    private LutRoute mappedRoute(CoreId requester, int physical) {
        LutRoute route = route(requester, physical);
        if (route == null) {
            throw new BusError(requester, physical, null,
                    String.format("LUT entry 0x%02x is not mapped", physical >>> 24));
        }
        return route;
    }

    /**
     * True when the access reaches state another core can see: anything but the requester's own
     * private DRAM. An unmapped address is not shared: the access fails the same way whenever it
     * happens, so the engine need not order it.
     */
    public boolean isShared(CoreId requester, int physical) {
        LutRoute route = route(requester, physical);
        return route != null && route.target() != Target.PRIVATE_DRAM;
    }

    /** The requester's own private DRAM frame behind {@code physical}, or null (see {@link CoreRoutes#frameOf}). */
    public DirectFrame directFrame(CoreId requester, int physical) {
        return routes[requester.pid()].frameOf(physical);
    }

    /** What {@code physical} reaches for {@code requester}; an unmapped LUT entry is UNMODELLED. */
    public Target target(CoreId requester, int physical) {
        LutRoute route = route(requester, physical);
        return route == null ? Target.UNMODELLED : route.target();
    }

    // --- single accesses ---------------------------------------------------------------------

    /** Reads 1, 2 or 4 bytes, little-endian, zero-extended. */
    public int read(CoreId requester, int physical, int size) {
        checkSize(size);
        if (crossesSlot(physical, size)) {
            int value = 0;
            for (int i = 0; i < size; i++) {
                value |= read(requester, physical + i, 1) << (8 * i);
            }
            return value;
        }
        LutRoute route = mappedRoute(requester, physical);
        if (route.isDram()) {
            return readDram(route.dram(), route.addressOf(physical), size);
        }
        SystemAddress a = route.systemAddress(physical);
        try {
            return switch (route.target()) {
                case MPB -> mpb(a).read(MessagePassingBuffer.offsetOf(requester, a, size), size);
                case CRB -> crb(a.tile()).read32(requester,
                        registerOffset(requester, a, size, ConfigRegisters.SIZE));
                case FPGA -> fpga.read32(requester, registerOffset(requester, a, size, Fpga.SIZE));
                default -> throw new BusError(requester, Target.whyUnmodelled(a));
            };
        } catch (BusError e) {
            throw e.physical().isPresent() ? e : e.at(physical, a);
        }
    }

    /** Writes the low 1, 2 or 4 bytes of {@code value}, little-endian. */
    public void write(CoreId requester, int physical, int size, int value) {
        checkSize(size);
        if (crossesSlot(physical, size)) {
            for (int i = 0; i < size; i++) {
                write(requester, physical + i, 1, value >>> (8 * i));
            }
            return;
        }
        LutRoute route = mappedRoute(requester, physical);
        if (route.isDram()) {
            writeDram(route.dram(), route.addressOf(physical), size, value);
            return;
        }
        SystemAddress a = route.systemAddress(physical);
        try {
            switch (route.target()) {
                case MPB -> mpb(a).write(MessagePassingBuffer.offsetOf(requester, a, size), size, value);
                case CRB -> crb(a.tile()).write32(requester,
                        registerOffset(requester, a, size, ConfigRegisters.SIZE), value);
                case FPGA -> fpga.write32(requester, registerOffset(requester, a, size, Fpga.SIZE), value);
                default -> throw new BusError(requester, Target.whyUnmodelled(a));
            }
        } catch (BusError e) {
            throw e.physical().isPresent() ? e : e.at(physical, a);
        }
    }

    private static void checkSize(int size) {
        if (size != 1 && size != 2 && size != 4) {
            throw new IllegalArgumentException("access size must be 1, 2 or 4 bytes, was " + size);
        }
    }

    /** An access whose bytes fall under two LUT entries goes byte by byte, each through its own. */
    private static boolean crossesSlot(int physical, int size) {
        return (physical & SystemAddress.OFFSET_MASK) + size > SLOT_BYTES;
    }

    private static int readDram(SparseMemory dram, long address, int size) {
        return switch (size) {
            case 1 -> dram.read8(address);
            case 2 -> dram.read16(address);
            default -> dram.read32(address);
        };
    }

    private static void writeDram(SparseMemory dram, long address, int size, int value) {
        switch (size) {
            case 1 -> dram.write8(address, value);
            case 2 -> dram.write16(address, value);
            default -> dram.write32(address, value);
        }
    }

    private MessagePassingBuffer mpb(SystemAddress a) {
        return mpbs[a.tile().index()];
    }

    /** The offset inside a register device; the GRB sits at the SIF slot {@code 0x0F9}. */
    private static int registerOffset(CoreId requester, SystemAddress a, int size, int deviceSize) {
        long offset = a.address() & SystemAddress.OFFSET_MASK;
        if (size != 4 || (offset & 3) != 0) {
            throw new BusError(requester, "registers take aligned 32-bit accesses only, not " + size
                    + " bytes at offset 0x" + Long.toHexString(offset));
        }
        if (a.subdest() == SubDestination.CRB && a.slot() != 0 || offset >= deviceSize) {
            throw new BusError(requester, String.format("offset 0x%x is beyond the %d KB register bank",
                    a.address(), deviceSize / 1024));
        }
        return (int) offset;
    }

    // --- bulk copies for the loader and for descriptor images --------------------------------

    /** Copies {@code len} bytes from the requester's physical memory into {@code buf[off..]}. */
    public void readBytes(CoreId requester, int physical, byte[] buf, int off, int len) {
        bulk(requester, physical, buf, off, len, false);
    }

    /** Copies {@code buf[off..off+len)} into the requester's physical memory. */
    public void writeBytes(CoreId requester, int physical, byte[] buf, int off, int len) {
        bulk(requester, physical, buf, off, len, true);
    }

    /**
     * Bulk copies go to DRAM and MPBs only, one LUT slot at a time. Our choice: a bulk copy over
     * registers is a bus error, because a read of LOCK or an AIR counter changes it and a loader
     * should never do that by accident.
     */
    private void bulk(CoreId requester, int physical, byte[] buf, int off, int len, boolean write) {
        Objects.checkFromIndexSize(off, len, buf.length);
        while (len > 0) {
            int chunk = Math.min(len, SLOT_BYTES - (physical & SystemAddress.OFFSET_MASK));
            LutRoute route = mappedRoute(requester, physical);
            SystemAddress a = route.systemAddress(physical);
            Target target = route.target();
            if (route.isDram()) {
                if (write) {
                    route.dram().writeBytes(a.address(), buf, off, chunk);
                } else {
                    route.dram().readBytes(a.address(), buf, off, chunk);
                }
            } else if (target == Target.MPB) {
                if (!MessagePassingBuffer.contains(a.address(), chunk)) {
                    throw new BusError(requester, physical, a, String.format(
                            "a %d-byte copy does not fit in the 16 KB MPB of tile %s", chunk, a.tile()));
                }
                if (write) {
                    mpb(a).writeBytes((int) a.address(), buf, off, chunk);
                } else {
                    mpb(a).readBytes((int) a.address(), buf, off, chunk);
                }
            } else {
                throw new BusError(requester, physical, a, target == Target.UNMODELLED
                        ? Target.whyUnmodelled(a)
                        : "bulk copies reach DRAM and MPBs only; registers take single 32-bit accesses");
            }
            physical += chunk;
            off += chunk;
            len -= chunk;
        }
    }

    // --- cost ---------------------------------------------------------------------------------

    /**
     * The latency of one access in core cycles, from the measured tables of facts A.4; see
     * {@link AccessCost} for what is measured and what is our approximation.
     */
    public int accessCycles(CoreId requester, int physical, Access kind) {
        LutRoute route = route(requester, physical);
        return route == null ? 0 : route.cycles(physical, kind);
    }

    // --- the devices, for the CPU, the loader and the debugger --------------------------------

    public ConfigRegisters crb(TileId tile) {
        return crbs.get(tile.index());
    }

    public Fpga fpga() {
        return fpga;
    }

    /** The DRAM behind {@code mc}, addressed by the 34-bit address inside the controller. */
    public SparseMemory dram(MemoryController mc) {
        return drams[mc.ordinal()];
    }

    public int mpbRead8(TileId tile, int offset) {
        return mpbs[tile.index()].read(MessagePassingBuffer.checkRange(tile, offset, 1), 1);
    }

    public int mpbRead32(TileId tile, int offset) {
        return mpbs[tile.index()].read(MessagePassingBuffer.checkRange(tile, offset, 4), 4);
    }

    public void mpbWrite8(TileId tile, int offset, int value) {
        mpbs[tile.index()].write(MessagePassingBuffer.checkRange(tile, offset, 1), 1, value);
    }

    public void mpbWrite32(TileId tile, int offset, int value) {
        mpbs[tile.index()].write(MessagePassingBuffer.checkRange(tile, offset, 4), 4, value);
    }

    /** Copies part of a tile's MPB out, e.g. for a hex view. */
    public void mpbReadBytes(TileId tile, int offset, byte[] dst, int off, int len) {
        Objects.checkFromIndexSize(off, len, dst.length);
        mpbs[tile.index()].readBytes(MessagePassingBuffer.checkRange(tile, offset, len), dst, off, len);
    }

    /** Zeroes every MPB, as sccGui does before a boot (A.8 step 4). */
    public void clearMpbs() {
        for (MessagePassingBuffer mpb : mpbs) {
            mpb.clear();
        }
    }

    /**
     * {@code sccReset -g} (A.8): every core into reset, every CRB and LUT to its default, the
     * GIC cleared (and, our choice, the AIR counters zeroed). DRAM and MPB contents are kept;
     * clearing the MPBs is a separate boot step ({@link #clearMpbs}, A.8 step 4).
     */
    public void resetAll() {
        for (ConfigRegisters crb : crbs) {
            crb.reset();
        }
        fpga.reset();
    }
}
