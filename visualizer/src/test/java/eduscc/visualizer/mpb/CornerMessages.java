package eduscc.visualizer.mpb;

import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.function.Predicate;

/**
 * The MPB view's test lab: cores 0 and 47 at opposite corners of the mesh; core 0 sends 32 bytes
 * to core 47, core 47 answers with 8192 (two chunks), then both meet at a barrier.
 */
final class CornerMessages {
    /** Tile (5,3), where core 47's share lies: 3 * 6 + 5. */
    static final int CORE_47_TILE = 23;

    private CornerMessages() {
    }

    static Scenario lab() {
        return ScenarioReader.readResource("eduscc/visualizer/mpb/corner-messages.json", "corner-messages.json");
    }

    /**
     * Core 0's first write that reaches core 47's MPB: its sent flag, drained from core 0's
     * write-combine buffer by the store to its fooling line (the payload went to its own MPB).
     */
    static final Predicate<TraceEntry> SENT_FLAG_ARRIVES = e -> e.core() == 0
        && e.event() instanceof TraceEvent.MeshPacket p && p.target().startsWith("MPB WRITE")
        && p.toTile() == CORE_47_TILE;

    /** Core 0's first write that reaches an MPB: the 32-byte message's line into its own share. */
    static final Predicate<TraceEntry> PAYLOAD_ARRIVES = e -> e.core() == 0
        && e.event() instanceof TraceEvent.MeshPacket p && p.target().startsWith("MPB WRITE");
}
