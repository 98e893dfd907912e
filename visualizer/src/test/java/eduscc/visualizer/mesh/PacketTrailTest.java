package eduscc.visualizer.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.chip.TileId;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packets on the mesh: X-then-Y routes, IPIs from the GIC behind the SIF, and the window's cap. */
class PacketTrailTest {

    private static TraceEntry entry(long seq, int core, TraceEvent event) {
        return new TraceEntry(seq, 1000 + seq, core, event);
    }

    @Test
    void meshPacketGoesAlongXFirstThenAlongY() {
        PacketTrail p = PacketTrail.of(entry(7, 0, new TraceEvent.MeshPacket(0, 23, 8, 300, "MPB WRITE")));
        assertEquals(List.of(new TileId(0, 0), new TileId(1, 0), new TileId(2, 0), new TileId(3, 0), new TileId(4, 0),
            new TileId(5, 0), new TileId(5, 1), new TileId(5, 2), new TileId(5, 3)), p.route());
        assertEquals(8, p.hops());
        assertEquals(PacketTrail.Endpoint.ROUTER, p.end(), "an MPB is reached through the router's local port");
        assertEquals("MPB WRITE, 8 hops, 300 cycles", p.label());
    }

    @Test
    void sharedDramEndsAtTheMemoryControllerOfTheLastTile() {
        PacketTrail p = PacketTrail.of(entry(3, 47, new TraceEvent.MeshPacket(23, 12, 5, 200, "SHARED_DRAM READ")));
        assertEquals(new TileId(0, 2), p.route().get(p.route().size() - 1));
        assertEquals(new TileId(0, 3), p.route().get(5), "X first: along row 3 to column 0, then down");
        assertEquals(PacketTrail.Endpoint.MEMORY_CONTROLLER, p.end());
        assertEquals(47, p.startCore());
    }

    @Test
    void ipiGoesFromTheSenderThroughTheSystemInterfaceToTheReceiver() {
        PacketTrail p = PacketTrail.of(entry(9, 37, new TraceEvent.Ipi(37, 0, 0)));
        assertEquals(PacketTrail.Kind.IPI, p.kind());
        assertEquals(List.of(new TileId(0, 3), new TileId(1, 3), new TileId(2, 3), new TileId(3, 3), new TileId(3, 2),
            new TileId(3, 1), new TileId(3, 0), new TileId(2, 0), new TileId(1, 0), new TileId(0, 0)), p.route(),
            "X then Y from core 37's tile to the SIF's tile (3,0), then X then Y on to core 0's tile");
        assertEquals(6, p.via(), "it turns to the SIF at tile (3,0)");
        assertEquals(PacketTrail.Endpoint.CORE, p.start());
        assertEquals(37, p.startCore());
        assertEquals(0, p.endCore());
        assertEquals(9, p.hops());
        assertEquals("IPI 37 -> 0, LINT0", p.label());
    }

    @Test
    void ipiFromTheHostEntersAtTheSystemInterface() {
        PacketTrail p = PacketTrail.of(entry(9, 0, new TraceEvent.Ipi(-1, 0, 1)));
        assertEquals(List.of(new TileId(3, 0), new TileId(2, 0), new TileId(1, 0), new TileId(0, 0)), p.route());
        assertEquals(PacketTrail.Endpoint.SYSTEM_INTERFACE, p.start());
        assertEquals(-1, p.via());
        assertEquals("IPI host -> 0, LINT1", p.label());
    }

    @Test
    void otherEventsAreNoPackets() {
        assertNull(PacketTrail.of(entry(1, 0, new TraceEvent.Halt(0x1000, true))));
    }

    @Test
    void aLongWindowKeepsTheNewestPacketsOldestFirst() {
        try (Session session = new Session(ShippedLabs.load("boot"))) {
            DebugSnapshot base = session.snapshot();
            List<TraceEntry> trace = new ArrayList<>(base.trace());
            long seq = base.machine().traceEvents();
            int extra = MeshViewModel.MAX_PACKETS + 100;
            for (int i = 0; i < extra; i++) {
                trace.add(entry(seq + i, 0, new TraceEvent.MeshPacket(0, 3, 3, 110, "FPGA WRITE")));
            }
            DebugSnapshot busy = new DebugSnapshot(base.lab(), base.position() + 1, base.machine(), base.kernels(),
                trace, "test", new java.util.TreeMap<>());
            List<PacketTrail> packets = MeshViewModel.of(busy, base, 0).packets();
            assertEquals(MeshViewModel.MAX_PACKETS, packets.size());
            assertEquals(seq + extra - MeshViewModel.MAX_PACKETS, packets.get(0).seq(), "the oldest 100 are dropped");
            assertEquals(MeshViewModel.MAX_PACKETS - 1, packets.get(0).age());
            assertEquals(seq + extra - 1, packets.get(packets.size() - 1).seq());
            assertEquals(0, packets.get(packets.size() - 1).age(), "the newest packet has age 0");
        }
    }
}
