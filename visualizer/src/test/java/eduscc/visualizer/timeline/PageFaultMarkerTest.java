package eduscc.visualizer.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fork lab's two page faults, the child's copy and the parent's take-over, as timeline marks. */
class PageFaultMarkerTest {
    @Test
    void theForkLabsCopyAndTakeOverAreMarkedInOrder() {
        try (Session session = new Session(ShippedLabs.load("fork"))) {
            while (!session.finished()) {
                session.runChunk();
            }
            CoreLane core0 = TimelineModel.of(session.snapshot()).lane(0).orElseThrow();
            assertEquals(List.of("08049000 copied (forkdemo-child)", "08049031 taken over (forkdemo)"),
                core0.markers(Marker.Kind.PAGE_FAULT).stream().map(Marker::label).toList());
        }
    }
}
