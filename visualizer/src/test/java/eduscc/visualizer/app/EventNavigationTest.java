package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Previous event" (Shift+F8) walks back over exactly the stops "next event" (F8) makes, for
 * every event kind of the tool bar, on both shipped labs: always to an earlier position, never
 * forward, and one switch (a decision plus its far JMP in one step) is one stop, not two.
 */
class EventNavigationTest {
    /** Enough stops to pass several switches without running every lab to its end per kind. */
    private static final int STOPS = 6;

    @ParameterizedTest
    @ValueSource(strings = {"scheduling", "boot"})
    void previousEventLandsOnTheStopNextEventMadeBeforeForEveryKind(String lab) {
        for (EventKinds kind : EventKinds.values()) {
            try (Session session = new Session(ShippedLabs.load(lab))) {
                List<Long> stops = forwardStops(session, kind);
                long beyond = session.snapshot().position();
                for (int i = stops.size() - 1; i >= Math.max(0, stops.size() - 3); i--) {
                    long before = session.snapshot().position();
                    session.backUntil(kind.matcher(), kind.toString());
                    long now = session.snapshot().position();
                    assertTrue(now < before, lab + ", " + kind + ": Shift+F8 from " + before + " went to " + now);
                    assertEquals(stops.get(i), now, lab + ", " + kind + ": Shift+F8 from " + before
                        + " (forward stops " + stops + ", last position " + beyond + ")");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"scheduling", "boot"})
    void previousEventBeforeTheFirstGoesToTheStart(String lab) {
        for (EventKinds kind : EventKinds.values()) {
            try (Session session = new Session(ShippedLabs.load(lab))) {
                session.runUntil(kind.matcher(), kind.toString());
                long first = session.snapshot().position();
                session.backUntil(kind.matcher(), kind.toString());
                assertTrue(session.snapshot().position() < first || first == 0, lab + ", " + kind);
                assertEquals(0, session.snapshot().position(), lab + ", " + kind + ": nothing before the first stop");
            }
        }
    }

    /** Up to {@link #STOPS} positions F8 reaches, then one step further (off any stop). */
    private static List<Long> forwardStops(Session session, EventKinds kind) {
        List<Long> stops = new ArrayList<>();
        while (stops.size() < STOPS && !session.finished()) {
            session.runUntil(kind.matcher(), kind.toString());
            if (!session.finished()) {
                stops.add(session.snapshot().position());
            }
        }
        if (!session.finished()) {
            session.step();
        }
        return stops;
    }
}
