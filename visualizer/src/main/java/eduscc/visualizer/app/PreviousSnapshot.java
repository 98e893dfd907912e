package eduscc.visualizer.app;

import eduscc.labs.debug.DebugSnapshot;

/**
 * What a view compares a snapshot with to highlight what changed: the state one step earlier
 * in the run ({@link DebugSnapshot#previousStep()}), whatever navigation led here, so a jump, a
 * "next event" or a step back marks what the last step changed and not everything. Only while a
 * run is going (its snapshots come without the step before) is it the earlier snapshot this view
 * showed of the same lab; never a later one, which after a step back would pass the next task's
 * TSS off as the previous task's.
 */
public final class PreviousSnapshot {
    private DebugSnapshot shown;
    private DebugSnapshot before;

    /** The snapshot {@code snapshot} should be compared with, or null. */
    public DebugSnapshot before(DebugSnapshot snapshot) {
        if (snapshot != shown) {
            before = of(snapshot, shown);
            shown = snapshot;
        }
        return before;
    }

    /** The snapshot to compare {@code snapshot} with when {@code shown} was on screen before it (or null). */
    public static DebugSnapshot of(DebugSnapshot snapshot, DebugSnapshot shown) {
        if (snapshot.previousStep() != null || snapshot.position() == 0) {
            return snapshot.previousStep();
        }
        boolean earlierInTheSameLab = shown != null && shown.lab().equals(snapshot.lab())
            && shown.position() < snapshot.position();
        return earlierInTheSameLab ? shown : null;
    }
}
