package eduscc.visualizer.app;

import eduscc.labs.debug.DebugSnapshot;

/**
 * Remembers what a view showed last, so it can highlight what changed: the snapshot to compare a
 * new one with is the one shown before it, if it belongs to the same lab. Showing the same
 * snapshot again keeps the comparison (and so the highlights).
 */
public final class PreviousSnapshot {
    private DebugSnapshot shown;
    private DebugSnapshot before;

    /** The snapshot {@code snapshot} should be compared with, or null. */
    public DebugSnapshot before(DebugSnapshot snapshot) {
        if (snapshot != shown) {
            before = shown != null && shown.lab().equals(snapshot.lab()) ? shown : null;
            shown = snapshot;
        }
        return before;
    }
}
