package eduscc.visualizer.timeline;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import java.util.List;

/**
 * The scheduling lab run to its end once per test JVM, and the order in which core 0 got its
 * tasks, worked out by hand in labs' SchedulingLabTest (task and timer tick).
 */
public final class SchedulingRun {
    public record Ran(String task, int tick) { }

    public static final List<Ran> HAND_COMPUTED = List.of(
        new Ran("realtime", 1), new Ran("high", 2), new Ran("normal-a", 3), new Ran("normal-b", 4),
        new Ran("realtime", 5), new Ran("normal-a", 5), new Ran("high", 6), new Ran("normal-b", 7),
        new Ran("normal-a", 8), new Ran("normal-b", 9), new Ran("normal-a", 10), new Ran("normal-b", 10),
        new Ran("low", 10), new Ran("normal-a", 12), new Ran("low", 13), new Ran("idle", 13));

    private static DebugSnapshot finished;

    private SchedulingRun() {
    }

    public static Session session() {
        return new Session(ShippedLabs.load("scheduling"));
    }

    /** The snapshot after the lab has run to its end (every core idle or stopped). */
    public static synchronized DebugSnapshot finished() {
        if (finished == null) {
            try (Session session = session()) {
                while (!session.finished()) {
                    session.runChunk();
                }
                finished = session.snapshot();
            }
        }
        return finished;
    }
}
