package eduscc.exercises.observing;

/**
 * The child JVM's limit on threads the code under test leaves running. It is counted after every
 * call a check makes (through {@link Observer}'s hook) and, for calls made by the kernel during a
 * lab run, by a watch thread every few milliseconds; either way a submission that starts more
 * than the limit is stopped and the grader judges it as misbehaving.
 *
 * <p>The watch looks at the wall clock, which nothing in a simulation may do. Here it decides
 * only whether the student's code broke a limit, never what the simulation does; the simulated
 * machine runs the same with or without it.
 */
public final class ThreadLimit {
    /** How often the watch counts: often enough that a thread bomb cannot grow far between two looks. */
    private static final long WATCH_MILLIS = 20;

    private int baseline;
    private final int allowed;
    private final ReportChannel channel;

    /**
     * @param allowed how many threads beyond the harness's own the code under test may leave running;
     *     the kernel's own threads (one per simulated execution context) count against it too
     */
    public ThreadLimit(int allowed, ReportChannel channel) {
        this.allowed = allowed;
        this.channel = channel;
        this.baseline = live();
    }

    /** Stops the child if too many threads run now. */
    public void check() {
        int extra = live() - baseline;
        if (extra > allowed) {
            channel.stop("your code left " + extra + " threads running; at most " + allowed + " may run besides the"
                + " grader's (grade --max-threads changes it)");
        }
    }

    /** Starts the watch, which is one of the harness's own threads; a daemon, so it never keeps the child alive. */
    public void watch() {
        baseline++;
        Thread watch = new Thread(() -> {
            while (true) {
                check();
                try {
                    Thread.sleep(WATCH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "watch");
        watch.setDaemon(true);
        watch.setPriority(Thread.MAX_PRIORITY);
        watch.start();
    }

    /** Every live thread of the JVM, counted from the root thread group down. */
    private static int live() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.activeCount();
    }
}
