package eduscc.kernel.sched;

/**
 * The kernel found its own bookkeeping broken and cannot go on: eduOS would print the reason and
 * halt the core. In the kit the exception stops this core's kernel and the debugger shows the
 * message, which always starts with {@code "kernel panic: "}.
 */
public class KernelPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what what is broken, naming the task, priority or bit concerned */
    public KernelPanic(String what) {
        super("kernel panic: " + what);
    }
}
