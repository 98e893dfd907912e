package eduscc.exercises.syscall;

import eduscc.exercises.observing.KernelTaskCheck;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sys.ExtraSyscallsFactory;
import eduscc.kernel.sys.SyscallServices;
import eduscc.machine.cpu.Operations;

/**
 * Where a check calls the system calls under test: one core booted without paging and a kernel
 * task that plays {@code syscall_handler} ({@link KernelTaskCheck}). Each call gets the check's
 * own timer (the tick count and the frequency the check sets) and its one argument in every
 * argument register, so that the checks judge what the call does with them; which register the
 * call reads its argument from is the program check's business ({@link ProgramCheck}), where a
 * real INT 0x80 fills them.
 */
final class CheckKernel {
    /** What a check's body works with: the core's operations and a way to make calls. */
    record Setup(Operations ops, Task caller, Calls calls) {
    }

    /** Makes one call of the code under test as the kernel would, with the check's timer and argument. */
    @FunctionalInterface
    interface Calls {
        int call(int number, int argument, long ticks, int timerFreq);
    }

    /** A check's calls, run in the kernel task. */
    @FunctionalInterface
    interface Body {
        void run(Setup setup) throws Exception;
    }

    private CheckKernel() {
    }

    /** Boots, runs {@code body}, and rethrows whatever the body threw. */
    static void run(ExtraSyscallsFactory syscalls, Body body) throws Exception {
        KernelTaskCheck.run(new KernelConfig(100, 0, true, true), kernel -> {
            Operations ops = kernel.ops();
            Task caller = kernel.scheduler().current();
            body.run(new Setup(ops, caller, (number, argument, ticks, freq) -> syscalls.create(
                new SyscallServices(ops, position -> argument, () -> ticks, freq)).call(number, caller)));
        });
    }
}
