package eduscc.kernel.sys;

import eduscc.kernel.sched.Task;

/**
 * The kit's system calls beyond eduOS's: {@code uptime}, number {@link SyscallNumbers#UPTIME}, as
 * {@code int uptime(int *hz)}. It answers the timer ticks since the core booted, and when {@code hz}
 * is not NULL it also stores the ticks per second there, so that a program can turn ticks into
 * seconds. Every other number answers -ENOSYS. The contract is {@link ExtraSyscalls}.
 */
public final class KitExtraSyscalls implements ExtraSyscalls {
    private final SyscallServices kernel;

    public KitExtraSyscalls(SyscallServices kernel) {
        this.kernel = kernel;
    }

    @Override
    public int call(int number, Task caller) {
        return switch (number) {
            case SyscallNumbers.UPTIME -> uptime(kernel.argument(SyscallServices.EBX));
            default -> -SyscallNumbers.ENOSYS;
        };
    }

    /**
     * The store goes only into the caller's own memory, checked before it is made: a pointer into
     * the kernel would otherwise let any program overwrite the kernel with the timer frequency.
     */
    private int uptime(int hz) {
        if (hz != 0) {
            if (!kernel.isUserMemory(hz, 4)) {
                return -SyscallNumbers.EFAULT;
            }
            kernel.ops().write32(hz, kernel.timerFreq());
        }
        return (int) kernel.ticks();
    }
}
