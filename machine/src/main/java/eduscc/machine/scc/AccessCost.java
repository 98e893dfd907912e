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
 * <li>own private DRAM: 0 extra, as if every access hit L1; the instruction's own cost already
 *     covers an L1 hit, and the model has no caches;</li>
 * <li>a write to an MPB or DRAM: the measured cost of a 32-byte line write split evenly over its
 *     eight DWORDs ({@link MeshLatency#dwordShareOfLine}), so writing a whole line costs exactly
 *     what was measured, with no write-combine state to track;</li>
 * <li>any other DRAM (shared, or another core's private memory): uncached, by hop count to the
 *     controller, interpolated between the measured hop counts;</li>
 * <li>a CRB register: not measured; charged like an MPB DWORD read at the same tile offset;</li>
 * <li>an FPGA register: not measured; charged like an uncached DRAM read at the hop count to the
 *     system interface tile (3,0);</li>
 * <li>an unmodelled target: 0, the access fails anyway.</li>
 * </ul>
 * Byte and word accesses cost the same as the DWORD that holds them.
 */
final class AccessCost {

    private AccessCost() {
    }

    static int cycles(CoreId requester, int physical, SystemAddress a, Target target, Access kind) {
        TileId from = requester.tile();
        int dx = a.tile().x() - from.x();
        int dy = a.tile().y() - from.y();
        int dwordInLine = (physical >>> 2) % MeshLatency.DWORDS_PER_LINE;
        return switch (target) {
            case PRIVATE_DRAM, UNMODELLED -> 0;
            case SHARED_DRAM -> {
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
