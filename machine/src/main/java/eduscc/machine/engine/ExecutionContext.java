package eduscc.machine.engine;

import eduscc.machine.cpu.CoreStopped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A Java thread that runs simulated code: a core's boot path, later a kernel task. Exactly one
 * context in the whole simulation runs at a time; the others wait for their turn (DESIGN §3,
 * "a baton is handed from context to context"). Because nothing runs concurrently, kernel code
 * needs no locks, and because who runs next is decided from simulated time alone, every run is
 * the same.
 */
public final class ExecutionContext {
    private final String name;
    private final int pid;
    private final Semaphore turn = new Semaphore(0);
    private Thread thread;
    private volatile boolean abandoned;

    public ExecutionContext(String name, int pid) {
        this.name = name;
        this.pid = pid;
    }

    public String name() {
        return name;
    }

    /**
     * Starts the thread, a virtual one on {@code carrier} or, if that is null, a platform thread;
     * it waits for its first turn before running {@code body}.
     */
    void start(Runnable body, VirtualCarrier carrier) {
        String threadName = "eduscc-core" + pid + "-" + name;
        Runnable afterFirstTurn = () -> {
            try {
                waitTurn();
            } catch (CoreStopped stopped) {
                return;
            }
            body.run();
        };
        if (carrier != null) {
            thread = carrier.unstarted(threadName, afterFirstTurn);
        } else {
            thread = new Thread(afterFirstTurn, threadName);
            thread.setDaemon(true);
        }
        thread.start();
    }

    /** Blocks until someone hands this context the baton. */
    void waitTurn() {
        turn.acquireUninterruptibly();
        if (abandoned) {
            throw new CoreStopped(pid, "context '" + name + "' was abandoned");
        }
    }

    /** Waits for the baton at most {@code millis}; false on timeout (the hang detector's tool). */
    boolean waitTurn(long millis) {
        return acquireWithin(turn, millis);
    }

    /**
     * Takes a permit of {@code semaphore} if one comes within {@code millis}; an interrupt does not
     * end the wait early (to the engine that would look like a hang) and is kept for the caller.
     */
    static boolean acquireWithin(Semaphore semaphore, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return semaphore.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for the baton until it comes or the thread is interrupted (the host's hang watch
     * wakes the engine's driver so); false on an interrupt.
     */
    boolean waitTurnOrInterrupt() {
        try {
            turn.acquire();
            return true;
        } catch (InterruptedException e) {
            return turn.tryAcquire(); // the baton may have come back just before the interrupt
        }
    }

    void giveTurn() {
        turn.release();
    }

    /**
     * The context will never run again. Its thread stays parked (so it cannot run alongside the
     * core that holds the baton) until {@link #release} lets it unwind at the end of the run.
     */
    void abandon() {
        abandoned = true;
    }

    /** Lets an abandoned or parked thread unwind with CoreStopped; only once the machine is done. */
    void release() {
        abandoned = true;
        turn.release();
    }

    Thread thread() {
        return thread;
    }

    /** The thread's current Java stack, for hang reports. */
    String javaStack() {
        return thread == null ? "" : JavaStacks.format(thread.getStackTrace());
    }
}
