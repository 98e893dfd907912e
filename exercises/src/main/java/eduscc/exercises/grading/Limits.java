package eduscc.exercises.grading;

import java.time.Duration;

/**
 * What the child JVM that runs the code under test may use. Breaking the heap limit throws
 * OutOfMemoryError in the check that did it; breaking the thread limit stops the child and fails
 * the grading; a check that runs past its time is stopped by the grader, costs that check's
 * points, and the grading goes on with the next check in a fresh child.
 *
 * @param heapMegabytes the child's {@code -Xmx}, in MB
 * @param maxThreads    threads the code under test may leave running besides the child's own
 *                      (the kernel's execution contexts of a lab run count: about 7)
 * @param perCheck      wall-clock time for one check
 */
public record Limits(int heapMegabytes, int maxThreads, Duration perCheck) {
    /**
     * 256 MB: the kit needs a few tens of MB for the checks and the lab run. 32 threads: a queue
     * needs none. 10 s: the slowest check (the lab run) takes about a second on a busy laptop.
     */
    public static final Limits DEFAULT = new Limits(256, 32, Duration.ofSeconds(10));
    public static final int MIN_HEAP = 64;
    public static final int MAX_HEAP = 4096;
    public static final int MAX_THREADS = 1000;
    public static final int MAX_SECONDS = 600;

    public Limits {
        if (heapMegabytes < MIN_HEAP || heapMegabytes > MAX_HEAP) {
            throw new IllegalArgumentException("the heap limit must be " + MIN_HEAP + ".." + MAX_HEAP + " MB, got "
                + heapMegabytes);
        }
        if (maxThreads < 1 || maxThreads > MAX_THREADS) {
            throw new IllegalArgumentException("the thread limit must be 1.." + MAX_THREADS + ", got " + maxThreads);
        }
        if (perCheck.isNegative() || perCheck.isZero() || perCheck.compareTo(Duration.ofSeconds(MAX_SECONDS)) > 0) {
            throw new IllegalArgumentException("the time per check must be more than 0 and at most " + MAX_SECONDS
                + " s, got " + perCheck.toMillis() + " ms");
        }
    }

    public Limits withHeap(int megabytes) {
        return new Limits(megabytes, maxThreads, perCheck);
    }

    public Limits withThreads(int threads) {
        return new Limits(heapMegabytes, threads, perCheck);
    }

    public Limits withPerCheck(Duration time) {
        return new Limits(heapMegabytes, maxThreads, time);
    }

    /** For a report line: "256 MB heap, 32 threads, 10 s per check". */
    @Override
    public String toString() {
        String time = perCheck.toMillis() % 1000 == 0 ? perCheck.toSeconds() + " s" : perCheck.toMillis() + " ms";
        return heapMegabytes + " MB heap, " + maxThreads + " threads, " + time + " per check";
    }
}
