package eduscc.visualizer.mesh;

import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.TileId;
import eduscc.visualizer.mesh.MeshLayout.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The replay of one snapshot's packets, hop by hop, as a function of the seconds since the
 * snapshot was shown; free of JavaFX so that it is tested without a window and without a clock.
 *
 * <p>The packets leave in trace order, the oldest first, a short stagger apart, so that a burst of
 * 200 still reads as traffic and not as one flash. Each one moves one router hop per
 * {@link #HOP_SECONDS} along its X-then-Y route, then fades out where it arrived. Positions are
 * computed against the current {@link MeshLayout} on every frame, so a resize in the middle of a
 * replay moves the packets with the tiles.
 */
public final class PacketAnimation {
    /** Seconds per hop (and per leg to a core, a memory controller or the SIF). */
    public static final double HOP_SECONDS = 0.22;
    /** Seconds a packet takes to fade out once it has arrived. */
    public static final double FADE_SECONDS = 0.6;
    /** The stagger between two packets, shrunk so that the last of a burst leaves within this. */
    private static final double MAX_STAGGER = 0.15;
    private static final double ALL_LEAVE_WITHIN = 1.8;

    /** Where a packet is at one moment: the path it takes, its position on it and its opacity. */
    public record Flight(PacketTrail packet, List<Point> path, Point position, double opacity) { }

    private final List<PacketTrail> packets;
    private final double stagger;

    public PacketAnimation(List<PacketTrail> packets) {
        this.packets = List.copyOf(packets);
        this.stagger = packets.isEmpty() ? 0 : Math.min(MAX_STAGGER, ALL_LEAVE_WITHIN / packets.size());
    }

    /** Seconds after the start at which {@code packet} leaves: the oldest (highest age) first. */
    double departure(PacketTrail packet) {
        return (packets.size() - 1 - packet.age()) * stagger;
    }

    /** Seconds after the start at which the last packet has faded out; 0 with no packets. */
    public double endSeconds() {
        double end = 0;
        for (PacketTrail p : packets) {
            end = Math.max(end, departure(p) + legs(p) * HOP_SECONDS + FADE_SECONDS);
        }
        return end;
    }

    /** True once nothing is left to draw: the view stops its timer then. */
    public boolean finished(double seconds) {
        return seconds >= endSeconds();
    }

    /** The packets visible {@code seconds} after the start, oldest first. */
    public List<Flight> at(MeshLayout layout, double seconds) {
        List<Flight> flights = new ArrayList<>();
        for (PacketTrail p : packets) {
            double t = seconds - departure(p);
            double travel = legs(p) * HOP_SECONDS;
            if (t < 0 || t >= travel + FADE_SECONDS) {
                continue;
            }
            List<Point> path = path(layout, p);
            double opacity = t <= travel ? 1.0 : 1.0 - (t - travel) / FADE_SECONDS;
            flights.add(new Flight(p, path, along(path, Math.min(t, travel) / HOP_SECONDS), opacity));
        }
        return flights;
    }

    /**
     * The legs of a packet's path: its router hops plus the legs from and to the mesh edge; a core
     * is two legs from its router (out of the box's side, then along the channel).
     */
    static int legs(PacketTrail p) {
        return p.hops() + endLegs(p.start()) + endLegs(p.end()) + (p.via() >= 0 ? 2 : 0);
    }

    private static int endLegs(PacketTrail.Endpoint end) {
        return switch (end) {
            case ROUTER -> 0;
            case CORE -> 2;
            case MEMORY_CONTROLLER, SYSTEM_INTERFACE -> 1;
        };
    }

    /**
     * The points a packet passes: where it starts, every router on its X-then-Y route, where it
     * ends. Between two routers it follows the link; to or from a core it leaves the box's west
     * side straight into the tile's south-north channel and runs along the channel to the router,
     * so no leg ever crosses a core box (the router is in the channel's corner, below the cores).
     * An interrupt from a core turns at tile (3,0) down to the SIF and back up to the same router.
     */
    static List<Point> path(MeshLayout layout, PacketTrail p) {
        List<Point> path = new ArrayList<>(p.route().size() + 4);
        TileId first = p.route().get(0);
        TileId last = p.route().get(p.route().size() - 1);
        if (p.start() == PacketTrail.Endpoint.CORE) {
            path.addAll(corePort(layout, p.startCore(), first));
        } else {
            addEnd(path, layout, p.start(), first);
        }
        for (int i = 0; i < p.route().size(); i++) {
            Point router = layout.router(p.route().get(i));
            path.add(router);
            if (i == p.via()) {
                path.add(layout.sifPort());
                path.add(router);
            }
        }
        if (p.end() == PacketTrail.Endpoint.CORE) {
            List<Point> in = new ArrayList<>(corePort(layout, p.endCore(), last));
            Collections.reverse(in);
            path.addAll(in);
        } else {
            addEnd(path, layout, p.end(), last);
        }
        return path;
    }

    /** From a core's box to its tile's channel: the box's west edge, then the channel's centre line. */
    private static List<Point> corePort(MeshLayout layout, int core, TileId tile) {
        MeshLayout.Box box = layout.core(core);
        Point router = layout.router(tile);
        return List.of(new Point(box.x(), box.centerY()), new Point(router.x(), box.centerY()));
    }

    private static void addEnd(List<Point> path, MeshLayout layout, PacketTrail.Endpoint end, TileId tile) {
        switch (end) {
            case CORE, ROUTER -> { }
            case SYSTEM_INTERFACE -> path.add(layout.sifPort());
            case MEMORY_CONTROLLER -> {
                MemoryController mc = controllerAt(tile);
                // A DRAM target on a tile without a controller cannot happen with the default
                // LUTs; the packet then simply ends at the router.
                path.add(mc == null ? layout.router(tile) : layout.port(mc));
            }
        }
    }

    private static MemoryController controllerAt(TileId tile) {
        for (MemoryController mc : MemoryController.values()) {
            if (mc.tile().equals(tile)) {
                return mc;
            }
        }
        return null;
    }

    /** The point {@code legs} legs along a path (1.5: halfway between the second and third point). */
    static Point along(List<Point> path, double legs) {
        if (path.size() == 1 || legs <= 0) {
            return path.get(0);
        }
        int i = (int) Math.floor(legs);
        if (i >= path.size() - 1) {
            return path.get(path.size() - 1);
        }
        double f = legs - i;
        Point a = path.get(i);
        Point b = path.get(i + 1);
        return new Point(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f);
    }
}
