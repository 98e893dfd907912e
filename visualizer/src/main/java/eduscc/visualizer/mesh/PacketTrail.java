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
 * CRB or MPB it reads or writes. An {@link TraceEvent.Ipi} is drawn the way it travels through the
 * global interrupt controller (facts A.7): from the sending core along its X-then-Y route to tile
 * (3,0), out through the system interface to the FPGA, which sets the LINT bit in the receiving
 * core's GLCFG, so back in at the SIF and on along the X-then-Y route to the receiving core. The
 * detour to the SIF is at {@code via}, the place of tile (3,0) in the route. An interrupt the host
 * sends (no sending core) enters at the SIF. The sender's write to its IPI_REQUEST register is
 * also traced as a mesh packet of its own.
 *
 * @param seq        the trace sequence number of the event
 * @param kind       a mesh packet or an inter-core interrupt
 * @param start      where the packet appears
 * @param startCore  the sending core for {@link Endpoint#CORE}, else -1
 * @param route      the tiles whose routers it passes, both ends included; tile (3,0) once for an
 *                   interrupt that goes out to the SIF and back in
 * @param via        where in {@code route} the packet leaves for the SIF and comes back (an
 *                   interrupt from a core), else -1
 * @param end        where it disappears
 * @param endCore    the receiving core for {@link Endpoint#CORE}, else -1
 * @param label      what it was, e.g. "FPGA WRITE, 3 hops, 110 cycles" or "IPI 37 -> 0, LINT0"
 * @param age        0 for the newest packet of the window, up to size-1 for the oldest
 */
public record PacketTrail(long seq, Kind kind, Endpoint start, int startCore, List<TileId> route, int via,
                          Endpoint end, int endCore, String label, int age) {

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
        if (via >= route.size() || via >= 0 && !route.get(via).equals(SystemInterface.TILE)) {
            throw new IllegalArgumentException("packet " + seq + " turns to the SIF at " + via + ", not at tile "
                + SystemInterface.TILE + " of its route " + route);
        }
    }

    /** Router hops: one less than the tiles on the route. */
    public int hops() {
        return route.size() - 1;
    }

    /** The same packet with another age (the view model numbers the window from the newest). */
    public PacketTrail withAge(int newAge) {
        return new PacketTrail(seq, kind, start, startCore, route, via, end, endCore, label, newAge);
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
                Mesh.route(from, to), -1, endOf(p.target()), -1, label, 0);
        }
        if (entry.event() instanceof TraceEvent.Ipi ipi) {
            TileId to = CoreId.of(ipi.toCore()).tile();
            String label = "IPI " + (ipi.fromCore() < 0 ? "host" : String.valueOf(ipi.fromCore())) + " -> "
                + ipi.toCore() + ", LINT" + ipi.pin();
            if (ipi.fromCore() < 0) {
                return new PacketTrail(entry.seq(), Kind.IPI, Endpoint.SYSTEM_INTERFACE, -1,
                    Mesh.route(SystemInterface.TILE, to), -1, Endpoint.CORE, ipi.toCore(), label, 0);
            }
            List<TileId> out = Mesh.route(CoreId.of(ipi.fromCore()).tile(), SystemInterface.TILE);
            List<TileId> back = Mesh.route(SystemInterface.TILE, to);
            List<TileId> route = new java.util.ArrayList<>(out);
            route.addAll(back.subList(1, back.size()));
            return new PacketTrail(entry.seq(), Kind.IPI, Endpoint.CORE, ipi.fromCore(), route, out.size() - 1,
                Endpoint.CORE, ipi.toCore(), label, 0);
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
