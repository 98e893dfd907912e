package eduscc.labs.debug;

import java.util.Arrays;

/**
 * Where the debugger's paused replicas should stand behind the present position: one on each
 * rung of a ladder at growing distances (by default 1 k, 10 k, 100 k and 1 M instruction
 * boundaries behind). Going back to a position takes the nearest replica at or before it and
 * runs it forward the short way; the rung it came from is filled again by moving the replica of
 * the next rung up (cheap, a tenth of its distance) and so on, and only the last rung needs a
 * new boot run all the way. Pure arithmetic on positions, so it is tested without machines.
 *
 * <pre>
 *   boot ......... r(1M) ........... r(100k) ...... r(10k) .. r(1k) . here
 *                  a rung holds a replica within [here - 4d, here - d/4]
 * </pre>
 *
 * A rung is satisfied by any replica in its band, not only by one at exactly {@code here - d},
 * so single steps forward and back do not move every replica each time.
 */
public final class ReplicaLadder {
    /** The ladder of the debugger: each rung ten times as far back as the one before. */
    public static final ReplicaLadder DEFAULT = new ReplicaLadder(1_000, 10_000, 100_000, 1_000_000);
    /** No replicas: every backward move re-runs the lab from its boot. */
    public static final ReplicaLadder NONE = new ReplicaLadder();

    /** What the replica worker should do next: move a replica forward to {@code target}. */
    record Job(int source, long target) {
        /** {@code source} is an index into the positions planned on, or this for a new boot. */
        static final int NEW_BOOT = -1;
    }

    private final long[] distances;

    public ReplicaLadder(long... distances) {
        this.distances = distances.clone();
        Arrays.sort(this.distances);
        for (long d : this.distances) {
            if (d < 1) {
                throw new IllegalArgumentException("a replica's distance behind the present must be at least 1 boundary, got " + d);
            }
        }
    }

    /** How many replicas the ladder keeps at most. */
    public int rungs() {
        return distances.length;
    }

    /**
     * For each replica at {@code positions} (ascending, none ahead of {@code here}), the rung it
     * holds, or -1 if it holds none (a spare). Rungs are filled from the nearest: each takes the
     * nearest free replica in its band.
     */
    int[] assign(long here, long[] positions) {
        int[] rungOf = new int[positions.length];
        Arrays.fill(rungOf, -1);
        for (int rung = 0; rung < distances.length; rung++) {
            long d = distances[rung];
            long low = here - 4 * d;
            long high = rung == 0 ? here - 2 : here - Math.max(2, d / 4);
            for (int i = positions.length - 1; i >= 0; i--) {
                if (rungOf[i] < 0 && positions[i] >= low && positions[i] <= high) {
                    rungOf[i] = rung;
                    break;
                }
            }
        }
        return rungOf;
    }

    /**
     * The next job for a ladder behind {@code here} with replicas at {@code positions} (ascending,
     * none ahead of {@code here}), or null when every rung that lies after the boot is held. The
     * nearest empty rung is filled first, from the nearest replica behind its place that no
     * nearer rung holds (so the rungs behind move up one by one), else from a new boot.
     */
    Job next(long here, long[] positions) {
        int[] rungOf = assign(here, positions);
        for (int rung = 0; rung < distances.length; rung++) {
            long target = here - distances[rung];
            if (target < 1 || holds(rungOf, rung)) {
                continue;
            }
            for (int i = positions.length - 1; i >= 0; i--) {
                if (positions[i] <= target && (rungOf[i] < 0 || rungOf[i] > rung)) {
                    return new Job(i, target);
                }
            }
            return new Job(Job.NEW_BOOT, target);
        }
        return null;
    }

    /**
     * The replica to close so that a new boot fits in {@link #rungs()}: the spare farthest behind,
     * or -1 if there is room (or no spare).
     */
    int spareToDrop(long here, long[] positions) {
        if (positions.length < distances.length) {
            return -1;
        }
        int[] rungOf = assign(here, positions);
        for (int i = 0; i < positions.length; i++) {
            if (rungOf[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean holds(int[] rungOf, int rung) {
        for (int r : rungOf) {
            if (r == rung) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return distances.length == 0 ? "no replicas" : "replicas " + Arrays.toString(distances) + " boundaries behind";
    }
}
