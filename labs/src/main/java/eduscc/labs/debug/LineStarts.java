package eduscc.labs.debug;

import eduscc.machine.Machine;

/**
 * Where a core's kernel source lines start, for "back one line": the boundaries at which the
 * core's innermost kernel frame changed, seen by running a machine forward with a boundary
 * watcher on that core's own stack. From the boot every change is known. From a replica the
 * line the core stood on before the replica's position is not known, so the first line seen
 * after it may or may not have started there; every later change is exact.
 */
final class LineStarts {
    private LineStarts() {
    }

    /**
     * Runs {@code m} to boundary {@code here} and returns the last boundary before it at which
     * core {@code pid}'s kernel line changed; 0 (the start) if none and {@code fromBoot}, -1 if
     * none that is certain (then an earlier replica, or the boot, must look again).
     */
    static long lastBefore(Machine m, int pid, long here, boolean fromBoot) {
        long[] lastExact = {fromBoot ? 0 : -1};
        boolean[] known = {fromBoot};
        SourceLine[] last = {null};
        m.setBoundaryWatcher(core -> {
            if (core.pid() == pid) {
                SourceLine now = SourceLine.topKernelFrame(Thread.currentThread().getStackTrace());
                if (now != null && !now.equals(last[0])) {
                    if (known[0] && m.boundaries() < here) {
                        lastExact[0] = m.boundaries();
                    }
                    known[0] = true;
                    last[0] = now;
                }
            }
            return false;
        });
        try {
            m.runToBoundary(here, Long.MAX_VALUE);
        } finally {
            m.setBoundaryWatcher(null);
        }
        return lastExact[0];
    }
}
