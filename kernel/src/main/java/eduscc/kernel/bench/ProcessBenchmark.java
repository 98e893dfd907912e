package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.util.List;

/**
 * The paper's rows that need processes, measured as it measured them: an x86 program in ring 3
 * reads the time-stamp counter before and after, and reports the cycles as its exit code. The
 * programs ship in the ramdisk ({@code pagefault.asm}, {@code threadcreate.asm}, ... beside the kernel).
 * Each run boots one core with paging and runs the program alone, so the figure is deterministic.
 */
public final class ProcessBenchmark {
    private ProcessBenchmark() {
    }

    /** One getpid from an x86 program, the mean of 1,000 (loop included), in core cycles. */
    public static long getpid() {
        return exitCodeOf("/bin/getpid");
    }

    /** The first touch of a demand-zero heap page (a page fault), in core cycles. */
    public static long pageFault() {
        return exitCodeOf("/bin/pagefault");
    }

    /** fork, the child's exit and the parent's wait, in core cycles. */
    public static long forkAndWait() {
        return exitCodeOf("/bin/forkwait");
    }

    /** vfork, the child's exit and the parent's wait, in core cycles. */
    public static long vforkAndWait() {
        return exitCodeOf("/bin/vforkwait");
    }

    /**
     * thread_create alone (the thread has not run when the call returns), in core cycles: the
     * program joins its thread after the second RDTSC, so the process outlives it.
     */
    public static long threadCreate() {
        return exitCodeOf("/bin/threadcreate");
    }

    /** thread_create and a join (wait) of a thread that exits at once, with the timer at {@code timerHz}. */
    public static long threadCreateJoin(int timerHz) {
        return exitCodeOf("/bin/threadjoin", timerHz);
    }

    private static long exitCodeOf(String program) {
        return exitCodeOf(program, 100);
    }

    private static long exitCodeOf(String program, int timerHz) {
        KernelConfig config = new KernelConfig(timerHz, 0, true, true).withPaging(true);
        Task[] task = new Task[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, null, ShippedPrograms.ramdisk(), core -> {
            Kernel kernel = new Kernel(core, config, k -> task[0] = k.createProcess("bench", Priority.HIGH, program));
            return kernel::boot;
        })) {
            machine.run();
            int code = task[0].probe().exitCode();
            if (code < 0) {
                throw new IllegalStateException(program + " did not measure: exit code " + code + ", console: "
                    + machine.core(0).consoleText());
            }
            return code;
        }
    }
}
