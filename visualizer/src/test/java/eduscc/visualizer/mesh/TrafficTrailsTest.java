package eduscc.visualizer.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.chip.SystemInterface;
import eduscc.machine.chip.TileId;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.mesh.MeshLayout.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trails the mesh leaves after a step: each link once per kind, with how many packets crossed it. */
class TrafficTrailsTest {
    private final MeshLayout layout = new MeshLayout(1280, 800);

    private static PacketTrail toFpga(long seq, int pid, int fromTile) {
        TileId from = TileId.ofIndex(fromTile);
        return PacketTrail.of(new TraceEntry(seq, seq, pid, new TraceEvent.MeshPacket(fromTile,
            SystemInterface.TILE.index(), eduscc.machine.chip.Mesh.hops(from, SystemInterface.TILE), 100, "FPGA WRITE")));
    }

    private static TrafficTrails.Leg between(List<TrafficTrails.Leg> legs, Point a, Point b) {
        return legs.stream().filter(l -> l.a().equals(a) && l.b().equals(b) || l.a().equals(b) && l.b().equals(a))
            .findFirst().orElseThrow(() -> new AssertionError("no trail between " + a + " and " + b + ": " + legs));
    }

    @Test
    void twoCoresOfTileZeroShareTheirRowToTheSystemInterface() {
        List<TrafficTrails.Leg> legs = TrafficTrails.of(layout, List.of(toFpga(1, 0, 0), toFpga(2, 1, 0)));
        TrafficTrails.Leg shared = between(legs, layout.router(new TileId(0, 0)), layout.router(new TileId(1, 0)));
        assertEquals(2, shared.packets(), "both packets cross the link from (0,0) to (1,0)");
        assertEquals(1, between(legs, layout.router(new TileId(0, 0)),
            new Point(layout.router(new TileId(0, 0)).x(), layout.core(0).centerY())).packets(), "core 0's own port");
        assertEquals(2, between(legs, layout.router(SystemInterface.TILE), layout.sifPort()).packets());
    }

    @Test
    void theMulticoreLabsBootTrafficConvergesOnColumnThreeAndInterruptsComeLast() {
        try (Session session = new Session(ShippedLabs.load("multicore"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.Ipi, "the first inter-core interrupt");
            MeshViewModel model = MeshViewModel.of(session.snapshot(), null, 0);
            List<TrafficTrails.Leg> legs = TrafficTrails.of(layout, model.packets());
            TrafficTrails.Leg intoSif = legs.stream().filter(l -> l.kind() == PacketTrail.Kind.MESH_PACKET
                && (l.a().equals(layout.sifPort()) || l.b().equals(layout.sifPort()))).findFirst().orElseThrow();
            assertTrue(intoSif.packets() > 40, "the GIC set-up of every core passes the SIF's port: " + intoSif);
            assertEquals(PacketTrail.Kind.IPI, legs.get(legs.size() - 1).kind(), "the interrupt's trail is drawn on top");
        }
    }
}
