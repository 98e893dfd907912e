package eduscc.labs.debug;

import eduscc.kernel.Kernel;
import eduscc.kernel.ipc.MessagingMappings;
import eduscc.kernel.ipc.Rcce;
import eduscc.machine.Machine;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.LogicalMemory;
import eduscc.machine.snapshot.MemoryDump;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The RCCE world at one pause, for the MPB view: each unit's 8 KiB share of its tile's MPB as the
 * MPB holds it, what its task spins for, how many barriers it has passed, and the line its
 * write-combine buffer still holds. Read by the simulator, as a hardware debugger's probe reads
 * ({@link MemoryDump}): no cycle is charged, no packet traced, no cache touched, so looking at the
 * MPBs while stepping changes nothing (DESIGN §5).
 *
 * <p>The shares are read physically through each unit's own LUT at the default map's MPB slots
 * (facts A.5: tile t's MPB at 0xC0000000 + t * 16 MiB, core z's half at + z * 8 KiB), the same
 * addresses the kernel's {@code MessagingMappings} maps.
 *
 * @param units    the cores taking part, in rank order; empty when the lab does not message
 * @param readsByHops the MPB line fills of the run so far by hop count, nearest first (facts A.4's
 *                 table as the run fills it)
 */
public record MessagingState(List<Unit> units, List<HopRead> readsByHops) {
    /** The physical address of tile 0's MPB under the default LUT map (facts A.5). */
    public static final int MPB_PHYSICAL = 0xC0000000;
    /** One 16 MiB LUT slot per tile. */
    public static final int TILE_SLOT = 0x01000000;
    /** Nothing to show: a lab without send, recv or barrier steps. */
    public static final MessagingState NONE = new MessagingState(List.of(), List.of());

    /** {@code reads} MPB line fills so far crossed {@code hops} hops, {@code cycles} each. */
    public record HopRead(int hops, long reads, int cycles) { }

    /**
     * One core of the RCCE world.
     *
     * @param pid            the core
     * @param rank           its RCCE rank (place among the units)
     * @param waitingFor     what its task spins for, in words, or null if it spins for nothing
     * @param barriersPassed how many barriers it has passed
     * @param share          its 8 KiB share, as the MPB holds it (not as any core's L1 has it)
     * @param pendingLine    the physical line its write-combine buffer holds, -1 if none
     * @param pendingBytes   that line's 32 bytes as the buffer holds them
     * @param pendingMask    bit i: byte i of the line was written and has not gone out yet
     * @param locksHeld      the test-and-set registers (LOCK n: core n's) its task holds, lowest first
     */
    public record Unit(int pid, int rank, String waitingFor, int barriersPassed, MemoryDump share,
                       int pendingLine, List<Byte> pendingBytes, int pendingMask, List<Integer> locksHeld) {
        public Unit {
            pendingBytes = List.copyOf(pendingBytes);
            locksHeld = List.copyOf(locksHeld);
        }
    }

    public MessagingState {
        units = List.copyOf(units);
        readsByHops = List.copyOf(readsByHops);
    }

    /** The physical address of core {@code pid}'s share under the default LUT map. */
    public static int sharePhysical(int pid) {
        CoreId core = CoreId.of(pid);
        return MPB_PHYSICAL + core.tile().index() * TILE_SLOT + core.z() * MessagingMappings.SHARE_SIZE;
    }

    /**
     * Reads the world {@code pids} (RCCE's units in rank order; empty: the lab does not message).
     * A unit whose kernel has not set up RCCE yet (the boot) spins for nothing and has passed no
     * barrier; a core still in reset has its share marked unreadable. {@code hops}: the run's MPB
     * reads by hop count so far; {@code locks}: the LOCK registers held now. Call only while paused.
     */
    static MessagingState read(Machine machine, Map<Integer, Kernel> kernels, List<Integer> pids,
                               List<HopLatencies.Row> hops, List<LockHolders.Held> locks) {
        List<Unit> units = new ArrayList<>();
        for (int rank = 0; rank < pids.size(); rank++) {
            int pid = pids.get(rank);
            Kernel kernel = kernels.get(pid);
            Rcce rcce = kernel == null ? null : kernel.rcce();
            var core = machine.core(pid);
            MemoryDump share = MemoryDump.read(core, machine.chip(), MemoryDump.Space.PHYSICAL, sharePhysical(pid),
                MessagingMappings.SHARE_SIZE);
            LogicalMemory memory = core.memory();
            List<Byte> held = new ArrayList<>();
            for (byte b : memory.writeCombiningBytes()) {
                held.add(b);
            }
            units.add(new Unit(pid, rank, rcce == null ? null : rcce.waitingFor(),
                rcce == null ? 0 : rcce.barriersPassed(), share, memory.writeCombiningLine(), held,
                memory.writeCombiningMask(), locks.stream().filter(l -> l.core() == pid).map(LockHolders.Held::register)
                .toList()));
        }
        List<HopRead> reads = hops.stream().map(r -> new HopRead(r.hops(), r.reads(), r.cycles())).toList();
        return new MessagingState(units, pids.isEmpty() ? List.of() : reads);
    }

    /** The unit on core {@code pid}, or null if that core does not take part. */
    public Unit unit(int pid) {
        for (Unit u : units) {
            if (u.pid() == pid) {
                return u;
            }
        }
        return null;
    }

    /** RCCE's NP: how many cores take part. */
    public int size() {
        return units.size();
    }

    /** The pids taking part, in rank order. */
    public List<Integer> pids() {
        return units.stream().map(Unit::pid).toList();
    }
}
