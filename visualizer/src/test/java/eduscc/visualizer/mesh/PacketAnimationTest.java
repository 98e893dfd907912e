package eduscc.visualizer.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.chip.TileId;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.mesh.MeshLayout.Point;
import eduscc.visualizer.mesh.PacketAnimation.Flight;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay: hop by hop along the route, oldest packet first, fading out, then finished. */
class PacketAnimationTest {
    private static final double HOP = PacketAnimation.HOP_SECONDS;
    private final MeshLayout layout = new MeshLayout(1280, 800);
    /** Core 0 writes the FPGA: out of the core box into the channel, routers (0,0) to (3,0), the SIF: 6 legs. */
    private final PacketTrail toFpga =
        PacketTrail.of(new TraceEntry(24, 9810, 0, new TraceEvent.MeshPacket(0, 3, 3, 110, "FPGA WRITE")));

    private static void assertAt(Point expected, Point actual, String what) {
        assertEquals(expected.x(), actual.x(), 1e-6, what + " x");
        assertEquals(expected.y(), actual.y(), 1e-6, what + " y");
    }

    @Test
    void packetMovesOneRouterPerHopAndEndsAtTheSystemInterface() {
        PacketAnimation animation = new PacketAnimation(List.of(toFpga));
        Point core0 = new Point(layout.core(0).x(), layout.core(0).centerY());
        assertAt(core0, animation.at(layout, 0).get(0).position(), "leaves core 0's box at its west side");
        Point channel = new Point(layout.router(new TileId(0, 0)).x(), layout.core(0).centerY());
        assertAt(channel, animation.at(layout, HOP).get(0).position(), "in tile (0,0)'s channel, level with core 0");
        assertAt(layout.router(new TileId(0, 0)), animation.at(layout, 2 * HOP).get(0).position(), "router (0,0)");
        assertAt(layout.router(new TileId(2, 0)), animation.at(layout, 4 * HOP).get(0).position(), "router (2,0)");
        Point r1 = layout.router(new TileId(1, 0));
        Point r2 = layout.router(new TileId(2, 0));
        assertAt(new Point((r1.x() + r2.x()) / 2, r1.y()), animation.at(layout, 3.5 * HOP).get(0).position(),
            "halfway between (1,0) and (2,0)");
        Flight arrived = animation.at(layout, 6 * HOP + 0.01).get(0);
        assertAt(layout.sifPort(), arrived.position(), "at the SIF");
        assertTrue(arrived.opacity() < 1, "fading once arrived");
    }

    @Test
    void anInterruptFromACoreTurnsDownToTheSifAndBackUpAtTileThreeZero() {
        PacketTrail ipi = PacketTrail.of(new TraceEntry(31, 20000, 37, new TraceEvent.Ipi(37, 0, 0)));
        List<MeshLayout.Point> path = PacketAnimation.path(layout, ipi);
        MeshLayout.Point sifRouter = layout.router(new eduscc.machine.chip.TileId(3, 0));
        int down = path.indexOf(layout.sifPort());
        assertEquals(sifRouter, path.get(down - 1), "it reaches the SIF from the router of tile (3,0)");
        assertEquals(sifRouter, path.get(down + 1), "and comes back to the same router");
        assertEquals(layout.core(37).x(), path.get(0).x(), 1e-9, "it leaves from the sender's box");
        assertEquals(layout.core(0).x(), path.get(path.size() - 1).x(), 1e-9, "it ends at the receiver's box");
        assertEquals(9 + 2 + 2 + 2, PacketAnimation.legs(ipi), "9 hops, the SIF and back, a core port at each end");
    }

    @Test
    void oldestPacketLeavesFirst() {
        PacketTrail older = toFpga.withAge(1);
        PacketTrail newer = PacketTrail.of(new TraceEntry(30, 20000, 0, new TraceEvent.Ipi(-1, 0, 0)));
        PacketAnimation animation = new PacketAnimation(List.of(older, newer));
        List<Flight> atStart = animation.at(layout, 0);
        assertEquals(1, atStart.size(), "only the oldest has left at the start");
        assertEquals(older, atStart.get(0).packet());
        assertEquals(2, animation.at(layout, 0.2).size(), "both are under way a moment later");
    }

    @Test
    void animationFinishesWhenTheLastPacketHasFaded() {
        PacketAnimation animation = new PacketAnimation(List.of(toFpga));
        double end = animation.endSeconds();
        assertEquals(6 * HOP + PacketAnimation.FADE_SECONDS, end, 1e-9);
        assertTrue(!animation.finished(end - 0.01));
        assertTrue(animation.finished(end));
        assertEquals(List.of(), animation.at(layout, end));
        assertTrue(new PacketAnimation(List.of()).finished(0), "nothing to replay: finished at once");
    }
}
