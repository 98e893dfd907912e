package eduscc.kernel.sys;

import eduscc.machine.cpu.Operations;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;

/**
 * What a system call beyond the kit's own ({@link ExtraSyscalls}) may use of the kernel: the
 * arguments of the call being served, the core's timer, the rule for what is the caller's memory,
 * and the machine operations that read and write it.
 */
public final class SyscallServices {
    /** Positions of the arguments in {@code syscall_handler}'s list (facts §8): EBX is 1, ECX 2, EDX 3. */
    public static final int EBX = 1;
    public static final int ECX = 2;
    public static final int EDX = 3;

    private final Operations ops;
    private final IntUnaryOperator arguments;
    private final LongSupplier ticks;
    private final int timerFreq;

    /**
     * @param arguments the argument at a position of syscall_handler's list, read from the kernel
     *                  stack where isrsyscall pushed it (one load)
     * @param ticks     the timer ticks this core has counted since boot
     * @param timerFreq timer ticks per second (eduOS TIMER_FREQ)
     */
    public SyscallServices(Operations ops, IntUnaryOperator arguments, LongSupplier ticks, int timerFreq) {
        this.ops = ops;
        this.arguments = arguments;
        this.ticks = ticks;
        this.timerFreq = timerFreq;
    }

    /** The call's argument at {@code position}: {@link #EBX}, {@link #ECX} or {@link #EDX}. */
    public int argument(int position) {
        return arguments.applyAsInt(position);
    }

    /** Timer ticks since this core's boot (the scheduler's tick count; free: a Java field). */
    public long ticks() {
        return ticks.getAsLong();
    }

    /** Timer ticks per second. */
    public int timerFreq() {
        return timerFreq;
    }

    /**
     * Whether {@code length} bytes at {@code address} are the caller's to read or write: a Java
     * user task's stacks, or an x86 program's part of its address space. Anything else (the
     * kernel's memory, NULL) the kernel must not touch on the caller's behalf: -EFAULT.
     */
    public boolean isUserMemory(int address, int length) {
        return FileSyscalls.isUserMemory(address, length);
    }

    /** The core's machine operations: {@code ops().write32(address, value)} stores into the caller's memory. */
    public Operations ops() {
        return ops;
    }
}
