package eduscc.labs.debug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The paused replicas of a session's lab behind its present position (see {@link ReplicaLadder}),
 * kept by one background worker thread. A replica is an independent boot of the same lab run to
 * an earlier position; since a position names exactly one state, it is the state a re-run from
 * the boot would reach there, and going back runs it forward the short way instead.
 *
 * <p><b>Determinism.</b> The worker decides only which replicas exist and how far they have
 * run; nothing it does reaches a simulated decision. Which replica the session takes changes
 * how long going back lasts, never where it lands.
 *
 * <p><b>Hand-off.</b> A replica is touched by one thread at a time. The worker takes one out of
 * {@code ready} under this object's lock, runs it in slices of {@link #SLICE} boundaries outside
 * the lock, and puts it back under the lock; {@link #take} asks the worker to stop at its next
 * slice, waits until nothing is out, and removes the one it hands to the session's thread, which
 * owns it from then on (the lock's release and acquisition order every write before it).
 *
 * <p><b>Laziness.</b> The worker is idle while a session command runs ({@link #hold}) and starts
 * after the session has moved ({@link #follow}), so it uses the second core while the lecturer
 * looks at the new state. {@link #awaitStanding} is the completion signal a benchmark waits on.
 */
final class Replicas implements AutoCloseable {
    /** Boundaries a worker runs between two looks at its orders (a few milliseconds). */
    static final long SLICE = 20_000;

    private final ReplicaLadder ladder;
    private final Supplier<DebugRun> boot;
    private final Thread worker;
    /** Replicas no thread is running, ascending by position. Guarded by this. */
    private final List<DebugRun> ready = new ArrayList<>();
    /** The worker has a replica out (running it, or booting one). Guarded by this. */
    private boolean working;
    /** The present position the ladder stands behind; -1 before the first. Guarded by this. */
    private long here = -1;
    /** A session command runs: no new slice starts. Guarded by this. */
    private boolean held;
    /** {@link #take} waits: the worker puts its replica back after the slice it is in. */
    private boolean takeWaiting;
    /** The ladder cannot be completed behind {@link #here} (a run ended early, a boot failed). */
    private long stuckAt = -1;
    /**
     * A replica's run reported a hang: the lab's Java code loops without a machine operation
     * somewhere on the way. Every further replica that passes that place would leave one more
     * thread looping for the rest of the JVM's life, so the worker makes none (going back
     * re-runs from the boot, as without replicas). Guarded by this.
     */
    private boolean labHangs;
    private boolean closed;

    Replicas(ReplicaLadder ladder, Supplier<DebugRun> boot, String lab) {
        this.ladder = ladder;
        this.boot = boot;
        this.worker = new Thread(this::work, "eduscc-replicas-" + lab);
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        if (ladder.rungs() > 0) {
            worker.start();
        }
    }

    /** A session command starts: the worker starts no new slice until {@link #follow}. */
    synchronized void hold() {
        held = true;
    }

    /** The session stands at {@code position} now: the worker moves the ladder behind it. */
    synchronized void follow(long position) {
        here = position;
        held = false;
        notifyAll();
    }

    /**
     * Hands over the replica at the latest position that {@code usable} accepts (a predicate that,
     * once true at a position, is true at every earlier one), or null if none does. The caller's
     * thread owns it from now on and must close it.
     */
    synchronized DebugRun take(Predicate<DebugRun> usable) {
        takeWaiting = true;
        try {
            while (working) {
                waitHere();
            }
        } finally {
            takeWaiting = false;
        }
        for (int i = ready.size() - 1; i >= 0; i--) {
            DebugRun r = ready.get(i);
            if (!r.sawHang() && usable.test(r)) {
                return ready.remove(i);
            }
        }
        return null;
    }

    /** Positions of the replicas standing now, ascending (a test's and a report's view). */
    synchronized List<Long> positions() {
        return ready.stream().map(DebugRun::position).toList();
    }

    /**
     * Blocks until the ladder stands complete behind the present position, or cannot be
     * completed, or the worker is held by a command that has not yet ended (it would never move).
     */
    synchronized void awaitStanding() {
        while (!closed && ladder.rungs() > 0
            && (working || !held && !labHangs && here >= 0 && stuckAt != here && plan() != null)) {
            waitHere();
        }
    }

    private void work() {
        while (true) {
            DebugRun run;
            long target;
            List<DebugRun> dropped = new ArrayList<>();
            synchronized (this) {
                ReplicaLadder.Job job;
                while (!closed && (held || takeWaiting || labHangs || here < 0 || stuckAt == here || (job = plan()) == null)) {
                    notifyAll(); // standing: wake awaitStanding
                    waitHere();
                }
                if (closed) {
                    return;
                }
                dropUseless(dropped);
                job = plan();
                if (job == null) {
                    closeAll(dropped);
                    continue;
                }
                if (job.source() == ReplicaLadder.Job.NEW_BOOT) {
                    int spare = ladder.spareToDrop(here, positionArray());
                    if (spare >= 0) {
                        dropped.add(ready.remove(spare));
                    }
                }
                run = job.source() == ReplicaLadder.Job.NEW_BOOT ? null : ready.remove(job.source());
                target = job.target();
                working = true;
            }
            closeAll(dropped);
            run = advance(run, target);
            synchronized (this) {
                if (run != null) {
                    ready.add(run);
                    ready.sort(Comparator.comparingLong(DebugRun::position));
                }
                working = false;
                notifyAll();
            }
        }
    }

    /** Boots if {@code run} is null, then runs slice by slice toward {@code target} while its orders stand. */
    private DebugRun advance(DebugRun run, long target) {
        long orders;
        synchronized (this) {
            orders = here;
        }
        try {
            if (run == null) {
                run = boot.get();
            }
            while (run.position() < target) {
                synchronized (this) {
                    if (closed || held || takeWaiting || here != orders) {
                        return run;
                    }
                }
                long before = run.position();
                run.advanceTo(Math.min(target, before + SLICE));
                if (run.position() == before || run.sawHang()) {
                    break;
                }
            }
            if (run.position() < target || run.sawHang()) {
                markStuck(orders);
                if (run.sawHang()) {
                    noteHang();
                    run.close();
                    return null;
                }
            }
            return run;
        } catch (RuntimeException | Error e) {
            // A replica that cannot be made only costs speed: going back re-runs from the boot.
            markStuck(orders);
            if (run != null) {
                run.close();
            }
            return null;
        }
    }

    private synchronized void noteHang() {
        labHangs = true;
    }

    /** Whether a replica's run met a hang, so that the worker makes no more (tests). */
    synchronized boolean labHangs() {
        return labHangs;
    }

    private synchronized void markStuck(long orders) {
        stuckAt = orders;
    }

    /** The next job, or null; called under the lock. */
    private ReplicaLadder.Job plan() {
        List<Long> usable = new ArrayList<>();
        for (DebugRun r : ready) {
            if (r.position() <= here) {
                usable.add(r.position());
            }
        }
        return ladder.next(here, usable.stream().mapToLong(Long::longValue).toArray());
    }

    /** Replicas ahead of the present position are no use for going back; called under the lock. */
    private void dropUseless(List<DebugRun> dropped) {
        for (int i = ready.size() - 1; i >= 0; i--) {
            if (ready.get(i).position() > here || ready.get(i).sawHang()) {
                dropped.add(ready.remove(i));
            }
        }
    }

    private long[] positionArray() {
        return ready.stream().mapToLong(DebugRun::position).toArray();
    }

    private void waitHere() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the replica worker", e);
        }
    }

    private static void closeAll(List<DebugRun> runs) {
        runs.forEach(DebugRun::close);
    }

    /** Stops the worker after its current slice, waits for it, and closes every replica. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        if (worker.isAlive()) {
            boolean interrupted = false;
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            closeAll(ready);
            ready.clear();
        }
    }
}
