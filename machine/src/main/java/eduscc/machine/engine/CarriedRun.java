package eduscc.machine.engine;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * One {@link Engine#run} whose driver loop runs on another thread (the virtual carrier): the
 * host thread waits for it here, and gets back its result or the exception that ended it.
 */
final class CarriedRun implements Runnable {
    private final Supplier<RunResult> loop;
    private final Semaphore done = new Semaphore(0);
    private RunResult result;
    private Throwable failure;

    CarriedRun(Supplier<RunResult> loop) {
        this.loop = loop;
    }

    @Override
    public void run() {
        try {
            result = loop.get();
        } catch (Throwable t) {
            failure = t;
        } finally {
            done.release();
        }
    }

    /** Waits at most {@code millis} for the loop to end; true if it has (an interrupt is kept for later). */
    boolean awaitDone(long millis) {
        return ExecutionContext.acquireWithin(done, millis);
    }

    /** The loop's result; an exception that ended it is thrown here, on the host thread. */
    RunResult result() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return result;
    }
}
