package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fork lab's four page faults as timeline marks: the parent's push copies the shared stack,
 * the child's counter copies the data page, the child's push takes the stack's old frame over,
 * the parent's digit takes the data page's over.
 */
class PageFaultMarkerTest {
    @Test
    void theForkLabsCopyAndTakeOverAreMarkedInOrder() {
        try (Session session = new Session(ShippedLabs.load("fork"))) {
            while (!session.finished()) {
                session.runChunk();
            }
            CoreLane core0 = TimelineModel.of(session.snapshot()).lane(0).orElseThrow();
            assertEquals(List.of("BFFFFFEC copied (forkdemo)", "08049000 copied (forkdemo-child)",
                    "BFFFFFEC taken over (forkdemo-child)", "08049031 taken over (forkdemo)"),
                core0.markers(Marker.Kind.PAGE_FAULT).stream().map(Marker::label).toList());
        }
    }
}
