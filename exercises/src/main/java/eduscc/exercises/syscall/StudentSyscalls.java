package eduscc.exercises.syscall;

import eduscc.kernel.sched.Task;
import eduscc.kernel.sys.ExtraSyscalls;
import eduscc.kernel.sys.SyscallNumbers;
import eduscc.kernel.sys.SyscallServices;

/**
 * YOUR system call: {@code uptime}, number {@link SyscallNumbers#UPTIME} (44), as
 * {@code int uptime(int *hz)}. The kernel's {@code syscall_handler} hands you every number its own
 * switch does not know. Read the handout
 * ({@code exercises/src/main/resources/eduscc/exercises/syscall/HANDOUT.md}) and the contract in
 * {@link ExtraSyscalls}, then replace each {@code throw new UnsupportedOperationException("TODO ...")}
 * with the real thing. The field and the constructor are in place; you should not need more.
 *
 * <p>The tools, in {@code kernel} ({@link SyscallServices}):
 * <pre>
 *   kernel.argument(SyscallServices.EBX)   the call's first argument (user code put it in EBX)
 *   kernel.ticks()                         timer ticks since the core booted
 *   kernel.timerFreq()                     timer ticks per second
 *   kernel.isUserMemory(address, length)   may the kernel touch these bytes for the caller?
 *   kernel.ops().write32(address, value)   a store (a machine operation the caches charge)
 * </pre>
 *
 * <p>Grade it with {@code ./eduscc grade syscall}; watch a program call it with
 * {@code ./eduscc run uptime.json --syscalls student} (the handout has the file).
 */
public final class StudentSyscalls implements ExtraSyscalls {
    /** What a system call may use of the kernel. */
    private final SyscallServices kernel;

    public StudentSyscalls(SyscallServices kernel) {
        this.kernel = kernel;
    }

    @Override
    public int call(int number, Task caller) {
        throw new UnsupportedOperationException("TODO call: number SyscallNumbers.UPTIME: answer uptime(the argument in"
            + " EBX); any other number: answer -SyscallNumbers.ENOSYS");
    }

    /** uptime(hz): the ticks since boot; the ticks per second stored at hz unless hz is NULL. */
    private int uptime(int hz) {
        throw new UnsupportedOperationException("TODO uptime: hz not 0 and not 4 bytes of the caller's memory: answer"
            + " -SyscallNumbers.EFAULT and store nothing; hz not 0: store the timer frequency there (32 bits); answer"
            + " the ticks");
    }
}
