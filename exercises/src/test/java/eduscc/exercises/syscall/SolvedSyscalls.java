package eduscc.exercises.syscall;

import eduscc.kernel.sched.Task;
import eduscc.kernel.sys.ExtraSyscalls;
import eduscc.kernel.sys.SyscallNumbers;
import eduscc.kernel.sys.SyscallServices;

/** A student's correct uptime, written from the handout alone: full marks. The fixtures that get something wrong extend it. */
public class SolvedSyscalls implements ExtraSyscalls {
    final SyscallServices kernel;

    public SolvedSyscalls(SyscallServices kernel) {
        this.kernel = kernel;
    }

    @Override
    public int call(int number, Task caller) {
        if (number != SyscallNumbers.UPTIME) {
            return -SyscallNumbers.ENOSYS;
        }
        return uptime(kernel.argument(register()));
    }

    /** Where the pointer comes from. */
    int register() {
        return SyscallServices.EBX;
    }

    int uptime(int hz) {
        if (hz == 0) {
            return (int) kernel.ticks();
        }
        if (!mayStore(hz)) {
            return -SyscallNumbers.EFAULT;
        }
        store(hz, kernel.timerFreq());
        return (int) kernel.ticks();
    }

    boolean mayStore(int hz) {
        return kernel.isUserMemory(hz, 4);
    }

    void store(int hz, int value) {
        kernel.ops().write32(hz, value);
    }
}
