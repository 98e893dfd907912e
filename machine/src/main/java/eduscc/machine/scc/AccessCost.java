package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.Mesh;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.chip.TileId;
import eduscc.machine.cost.MeshLatency;
import eduscc.machine.memory.SystemAddress;

/**
 * What one access costs the requesting core, in core cycles (facts A.4, via {@link MeshLatency}).
 *
 * <p>Measured, and used as measured: MPB DWORD reads and 32-byte MPB line writes for every offset
 * between two tiles, uncached DRAM reads and line writes at 0, 2, 5 and 7 hops. Our choices where
 * the facts have no figure:
 * <ul>
 * <li>own private DRAM: like any other DRAM, by hop count from the tile to its memory controller
 *     (the core's caches decide whether an access gets this far: an L1 or L2 hit never does);</li>
 * <li>a write to an MPB or DRAM: the measured cost of a 32-byte line write split evenly over its
 *     eight DWORDs ({@link MeshLatency#dwordShareOfLine}), so writing a whole line costs exactly
 *     what was measured, with no write-combine state to track for the cost (the bytes of an
 *     MPBT write do wait in the core's write-combine buffer, see {@code WriteCombineBuffer});</li>
 * <li>any DRAM (own private, shared, or another core's private memory): uncached, by hop count
 *     to the controller, interpolated between the measured hop counts; a cache line fill is
 *     charged as the read (CacheCosts.LINE_FILL);</li>
 * <li>a CRB register: not measured; charged like an MPB DWORD read at the same tile offset;</li>
 * <li>an FPGA register: not measured; charged like an uncached DRAM read at the hop count to the
 *     system interface tile (3,0);</li>
 * <li>an unmodelled target: 0, the access fails anyway.</li>
 * </ul>
 * Byte and word accesses cost the same as the DWORD that holds them.
 */
final class AccessCost {

    /** A write's share of a line depends on which of the line's DWORDs it writes. */
    static final int DWORDS_PER_LINE = MeshLatency.DWORDS_PER_LINE;

    private AccessCost() {
    }

    /** Which DWORD of its 32-byte line {@code physical} falls in, 0..7. */
    static int dwordInLine(int physical) {
        return (physical >>> 2) % DWORDS_PER_LINE;
    }

    static int cycles(CoreId requester, int physical, SystemAddress a, Target target, Access kind) {
        TileId from = requester.tile();
        int dx = a.tile().x() - from.x();
        int dy = a.tile().y() - from.y();
        int dwordInLine = dwordInLine(physical);
        return switch (target) {
            case UNMODELLED -> 0;
            case PRIVATE_DRAM, SHARED_DRAM -> {
                int hops = Mesh.hops(from, a.tile());
                yield kind == Access.READ
                        ? MeshLatency.dramRead(hops)
                        : MeshLatency.dwordShareOfLine(MeshLatency.dramLineWrite(hops), dwordInLine);
            }
            case MPB -> kind == Access.READ
                    ? MeshLatency.mpbRead(dx, dy)
                    : MeshLatency.dwordShareOfLine(MeshLatency.mpbLineWrite(dx, dy), dwordInLine);
            case CRB -> MeshLatency.mpbRead(dx, dy);
            case FPGA -> MeshLatency.dramRead(Mesh.hops(from, SystemInterface.TILE));
        };
    }
}
