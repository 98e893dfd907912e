package eduscc.kernel.sched;

/**
 * The memory the scheduler's C structures live in (eduOS's {@code task_table} and
 * {@code readyqueues}), and the few instructions that work on it. The classes over it
 * ({@link Task}, {@link TaskList}, {@link ReadyQueues}) are typed views: each getter is one
 * {@link #load32}, each setter one {@link #store32}, so the scheduler reads like the textbook
 * and every field costs what the core's memory says.
 *
 * <p>Two ways in, because two kinds of reader exist. The kernel's own code <em>loads</em>: a
 * machine operation, charged, part of the run. The debugger, the invariant check and reports
 * <em>probe</em> ({@link #probe32}): they read the bytes as a hardware probe does, free, and the run
 * cannot tell that anyone looked (DESIGN §5: looking changes nothing).
 *
 * <p>{@link CoreKernelData} is a core's private memory; {@link HeapKernelData} is a plain array
 * for tests and exercises that build tasks and queues without a machine.
 */
public interface KernelData {

    /** MOV r32, [address]: one load. */
    int load32(int address);

    /** MOV [address], r32: one store. */
    void store32(int address, int value);

    /** MOVZX r32, byte [address]. */
    int load8(int address);

    /** MOV byte [address], r8. */
    void store8(int address, int value);

    /** The 4 bytes at {@code address} as a debugger reads them: no time, no trace, no cache change. */
    int probe32(int address);

    /** The byte at {@code address} as a debugger reads it. */
    int probe8(int address);

    /** XCHG [address], r32 (implicitly locked): stores {@code value}, returns the old word. */
    int xchg32(int address, int value);

    /**
     * eduOS {@code irq_nested_disable}: PUSHF; POP; CLI. Returns EFLAGS as it was, so that
     * {@link #irqNestedEnable} can tell whether interrupts were on.
     */
    int irqNestedDisable();

    /** eduOS {@code irq_nested_enable}: STI, but only if IF was set in {@code flags}. */
    void irqNestedEnable(int flags);
}
