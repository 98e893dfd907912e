package eduscc.visualizer.mesh;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.Mesh;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.chip.TileId;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.List;

/**
 * One packet the mesh view animates: where it starts, the routers it passes under X-then-Y
 * routing ({@link Mesh#route}), and where it leaves the mesh.
 *
 * <p>A {@link TraceEvent.MeshPacket} starts at the requesting core and ends at its target: a
 * memory controller or the system interface on the mesh edge, or the router of the tile whose
 * CRB or MPB it reads or writes. An {@link TraceEvent.Ipi} is drawn as the GIC delivers it (facts
 * A.7): the FPGA behind the system interface sets the LINT bit in the receiving core's GLCFG, so
 * the packet enters at the SIF and ends at the receiving core. The sender's own write to its
 * IPI_REQUEST register is a separate mesh packet to the SIF.
 *
 * @param seq        the trace sequence number of the event
 * @param kind       a mesh packet or an inter-core interrupt
 * @param start      where the packet appears
 * @param startCore  the sending core for {@link Endpoint#CORE}, else -1
 * @param route      the tiles whose routers it passes, both ends included
 * @param end        where it disappears
 * @param endCore    the receiving core for {@link Endpoint#CORE}, else -1
 * @param label      what it was, e.g. "FPGA WRITE, 3 hops, 110 cycles" or "IPI 37 -> 0, LINT0"
 * @param age        0 for the newest packet of the window, up to size-1 for the oldest
 */
public record PacketTrail(long seq, Kind kind, Endpoint start, int startCore, List<TileId> route, Endpoint end,
                          int endCore, String label, int age) {

    /** What the packet is; the view draws the two in different colours and shapes. */
    public enum Kind { MESH_PACKET, IPI }

    /** Where a packet enters or leaves the routers. */
    public enum Endpoint {
        /** A core's box: the sender of a request, the receiver of an interrupt. */
        CORE,
        /** The router itself: a tile's CRB or MPB, reached through the router's local port. */
        ROUTER,
        /** The memory controller on the west or east port of the route's last tile. */
        MEMORY_CONTROLLER,
        /** The system interface on the south port of tile (3,0). */
        SYSTEM_INTERFACE
    }

    public PacketTrail {
        route = List.copyOf(route);
        if (route.isEmpty()) {
            throw new IllegalArgumentException("packet " + seq + " has an empty route");
        }
    }

    /** Router hops: one less than the tiles on the route. */
    public int hops() {
        return route.size() - 1;
    }

    /** The same packet with another age (the view model numbers the window from the newest). */
    public PacketTrail withAge(int newAge) {
        return new PacketTrail(seq, kind, start, startCore, route, end, endCore, label, newAge);
    }

    /** The packet for a trace entry, or null if the entry is neither a mesh packet nor an IPI. */
    public static PacketTrail of(TraceEntry entry) {
        if (entry.event() instanceof TraceEvent.MeshPacket p) {
            TileId from = TileId.ofIndex(p.fromTile());
            TileId to = TileId.ofIndex(p.toTile());
            Endpoint start = entry.core() >= 0 ? Endpoint.CORE : Endpoint.ROUTER;
            String label = p.target() + ", " + p.hops() + (p.hops() == 1 ? " hop, " : " hops, ")
                + p.latencyCycles() + " cycles";
            return new PacketTrail(entry.seq(), Kind.MESH_PACKET, start, start == Endpoint.CORE ? entry.core() : -1,
                Mesh.route(from, to), endOf(p.target()), -1, label, 0);
        }
        if (entry.event() instanceof TraceEvent.Ipi ipi) {
            TileId to = CoreId.of(ipi.toCore()).tile();
            String sender = ipi.fromCore() < 0 ? "host" : String.valueOf(ipi.fromCore());
            return new PacketTrail(entry.seq(), Kind.IPI, Endpoint.SYSTEM_INTERFACE, -1,
                Mesh.route(SystemInterface.TILE, to), Endpoint.CORE, ipi.toCore(),
                "IPI " + sender + " -> " + ipi.toCore() + ", LINT" + ipi.pin(), 0);
        }
        return null;
    }

    /**
     * The endpoint named by a mesh packet's target ({@code eduscc.machine.scc.Target} and the
     * access kind, e.g. "SHARED_DRAM READ"): DRAM sits behind a memory controller, the FPGA's
     * register bank behind the system interface, CRB and MPB behind the router's local port.
     */
    private static Endpoint endOf(String target) {
        if (target.startsWith("SHARED_DRAM") || target.startsWith("PRIVATE_DRAM")) {
            return Endpoint.MEMORY_CONTROLLER;
        }
        if (target.startsWith("FPGA")) {
            return Endpoint.SYSTEM_INTERFACE;
        }
        return Endpoint.ROUTER;
    }
}
