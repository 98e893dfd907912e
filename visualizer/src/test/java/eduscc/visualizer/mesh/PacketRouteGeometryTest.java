package eduscc.visualizer.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.chip.Mesh;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.chip.TileId;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.mesh.MeshLayout.Box;
import eduscc.visualizer.mesh.MeshLayout.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where packets are drawn: along their X-then-Y route on the router links, and never across a
 * core box. Checked for every core's packet to every tile's MPB, to every memory controller, to
 * the FPGA behind the system interface, and for an IPI to every core, at a desk's and at a
 * projector's panel size.
 */
class PacketRouteGeometryTest {
    private static final double EPS = 1e-6;

    private static List<PacketTrail> everyKindOfPacket() {
        List<PacketTrail> packets = new ArrayList<>();
        long seq = 0;
        for (int pid = 0; pid < CoreId.COUNT; pid++) {
            int from = CoreId.of(pid).tile().index();
            for (TileId to : TileId.all()) {
                packets.add(packet(seq++, pid, new TraceEvent.MeshPacket(from, to.index(),
                    Mesh.hops(CoreId.of(pid).tile(), to), 10, "MPB READ")));
            }
            for (MemoryController mc : MemoryController.values()) {
                packets.add(packet(seq++, pid, new TraceEvent.MeshPacket(from, mc.tile().index(),
                    Mesh.hops(CoreId.of(pid).tile(), mc.tile()), 10, "SHARED_DRAM WRITE")));
            }
            packets.add(packet(seq++, pid, new TraceEvent.MeshPacket(from, SystemInterface.TILE.index(),
                Mesh.hops(CoreId.of(pid).tile(), SystemInterface.TILE), 10, "FPGA WRITE")));
            packets.add(packet(seq++, (pid + 1) % CoreId.COUNT, new TraceEvent.Ipi((pid + 1) % CoreId.COUNT, pid, 0)));
        }
        return packets;
    }

    private static PacketTrail packet(long seq, int core, TraceEvent event) {
        return PacketTrail.of(new TraceEntry(seq, seq, core, event));
    }

    @ParameterizedTest(name = "at {0} x {1} no packet crosses a core box")
    @CsvSource({"1280, 800", "760, 900", "2400, 1500"})
    void noLegCrossesACoreBox(double width, double height) {
        MeshLayout layout = new MeshLayout(width, height);
        for (PacketTrail p : everyKindOfPacket()) {
            List<Point> path = PacketAnimation.path(layout, p);
            assertEquals(PacketAnimation.legs(p) + 1, path.size(), p.label() + ": one point per leg end");
            for (int i = 0; i + 1 < path.size(); i++) {
                for (int pid = 0; pid < CoreId.COUNT; pid++) {
                    int leg = i;
                    int box = pid;
                    assertFalse(crossesInterior(path.get(i), path.get(i + 1), layout.core(pid)),
                        () -> p.label() + " from core " + p.startCore() + ": leg " + leg + " " + path.get(leg) + " -> "
                            + path.get(leg + 1) + " crosses core " + box + "'s box");
                }
            }
        }
    }

    @ParameterizedTest(name = "at {0} x {1} every leg runs on a link or in a tile's channel")
    @CsvSource({"1280, 800", "2400, 1500"})
    void everyLegIsStraightAndOnARouterLinkLine(double width, double height) {
        MeshLayout layout = new MeshLayout(width, height);
        for (PacketTrail p : everyKindOfPacket()) {
            List<Point> path = PacketAnimation.path(layout, p);
            for (int i = 0; i + 1 < path.size(); i++) {
                Point a = path.get(i);
                Point b = path.get(i + 1);
                boolean horizontal = Math.abs(a.y() - b.y()) < EPS;
                boolean vertical = Math.abs(a.x() - b.x()) < EPS;
                int leg = i;
                assertTrue(horizontal || vertical, () -> p.label() + ": leg " + leg + " " + a + " -> " + b + " is diagonal");
                if (!isCoreStub(layout, p, path, i)) {
                    assertTrue(horizontal ? onRouterRow(layout, a.y()) : onRouterColumn(layout, a.x()),
                        () -> p.label() + ": leg " + leg + " " + a + " -> " + b + " is off the router links");
                }
            }
        }
    }

    @ParameterizedTest(name = "routers in X-then-Y order ({0})")
    @CsvSource({"0", "17", "47"})
    void routersArePassedXFirstThenY(int pid) {
        MeshLayout layout = new MeshLayout(1280, 800);
        TileId from = CoreId.of(pid).tile();
        TileId to = new TileId(5 - from.x(), 3 - from.y());
        PacketTrail p = packet(1, pid, new TraceEvent.MeshPacket(from.index(), to.index(), Mesh.hops(from, to), 10,
            "MPB WRITE"));
        List<Point> path = PacketAnimation.path(layout, p);
        List<Point> routers = path.subList(2, path.size());
        assertEquals(Mesh.hops(from, to) + 1, routers.size());
        int xLegs = Math.abs(to.x() - from.x());
        for (int i = 0; i + 1 < routers.size(); i++) {
            boolean horizontal = Math.abs(routers.get(i).y() - routers.get(i + 1).y()) < EPS;
            assertEquals(i < xLegs, horizontal, "leg " + i + " from core " + pid + ": along x first, then along y");
        }
    }

    /** The core's own port: from its box's west side into the channel, then along the channel to its router. */
    private static boolean isCoreStub(MeshLayout layout, PacketTrail p, List<Point> path, int leg) {
        int last = path.size() - 2;
        if (p.start() == PacketTrail.Endpoint.CORE && leg == 0) {
            Box box = layout.core(p.startCore());
            return Math.abs(path.get(0).x() - box.x()) < EPS && Math.abs(path.get(0).y() - box.centerY()) < EPS;
        }
        if (p.end() == PacketTrail.Endpoint.CORE && leg == last) {
            Box box = layout.core(p.endCore());
            return Math.abs(path.get(last + 1).x() - box.x()) < EPS;
        }
        return false;
    }

    private static boolean onRouterRow(MeshLayout layout, double y) {
        for (int row = 0; row < Mesh.ROWS; row++) {
            if (Math.abs(layout.router(new TileId(0, row)).y() - y) < EPS) {
                return true;
            }
        }
        return false;
    }

    private static boolean onRouterColumn(MeshLayout layout, double x) {
        for (int column = 0; column < Mesh.COLUMNS; column++) {
            if (Math.abs(layout.router(new TileId(column, 0)).x() - x) < EPS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a segment has a point strictly inside the box (touching an edge is fine): the
     * Liang-Barsky clip of the segment against the box shrunk by a hair leaves a piece.
     */
    private static boolean crossesInterior(Point a, Point b, Box box) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - (box.x() + EPS), box.x() + box.w() - EPS - a.x(),
            a.y() - (box.y() + EPS), box.y() + box.h() - EPS - a.y()};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false; // parallel to this edge and outside (or on) it
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter < leave;
    }
}
