package eduscc.exercises.semaphores;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.CoreKernelData;
import eduscc.kernel.sync.WaitAndPostFactory;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where a check runs the semaphore under test: core 0 booted with a kernel whose semaphores use
 * it, the check's tasks created at boot, the core run until its tasks are done (or blocked for
 * good) and two simulated seconds have passed. The tasks call {@code semWait} and {@code semPost}
 * as a lab's tasks do, so the code under test runs in ring 0 on the tasks' own kernel stacks, and
 * blocking and waking go through the real scheduler.
 */
final class CheckCore {
    /** Two simulated seconds: every check is over within a few ticks; a task that spins for ever ends here. */
    static final long UNTIL_CYCLES = 2 * 533_333_333L;

    /** What the run left: its trace, for the console and the lock's acquisitions. */
    record Run(List<TraceEntry> trace) {
        String console() {
            StringBuilder s = new StringBuilder();
            for (TraceEntry e : trace) {
                if (e.event() instanceof TraceEvent.ConsoleOutput out) {
                    s.append((char) out.character());
                }
            }
            return s.toString();
        }

        /** How often the lock was taken and released, e.g. "3 taken, 3 released". */
        String lockUse(String lock) {
            int taken = 0;
            int released = 0;
            for (TraceEntry e : trace) {
                if (e.event() instanceof TraceEvent.SpinlockChange c && c.lock().equals(lock)) {
                    if (c.acquired()) {
                        taken++;
                    } else {
                        released++;
                    }
                }
            }
            return taken + " taken, " + released + " released";
        }
    }

    private CheckCore() {
    }

    /**
     * Boots, creates the tasks, runs; a kernel panic (the code under test threw, or broke the
     * kernel) ends the check with what the panic said.
     */
    static Run run(WaitAndPostFactory semaphores, Consumer<Kernel> tasks) {
        return run(semaphores, (kernel, memory) -> tasks.accept(kernel));
    }

    /** The same, for a check that reads the kernel's memory as the debugger does ({@code memory.probe32}). */
    static Run run(WaitAndPostFactory semaphores, BiConsumer<Kernel, CoreKernelData> tasks) {
        KernelConfig config = new KernelConfig(100, 0, true, false);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> tasks.accept(k, new CoreKernelData(core, k.hardware())));
            kernel.setWaitAndPost(semaphores);
            return kernel::boot;
        })) {
            machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            for (TraceEvent.Panic p : machine.trace().events(TraceEvent.Panic.class)) {
                throw new KernelStopped("the kernel panicked in task " + p.task() + where(p.javaStack()) + ": "
                    + p.reason().lines().findFirst().orElse(""));
            }
            for (TraceEvent.Hang h : machine.trace().events(TraceEvent.Hang.class)) {
                throw new KernelStopped("task " + h.task() + " ran Java without a machine operation for too long"
                    + " (an endless loop?)");
            }
            List<TraceEntry> entries = new ArrayList<>();
            machine.trace().entries().forEach(entries::add);
            return new Run(entries);
        }
    }

    /**
     * The first frame of the panic's Java stack that is neither the JDK's nor the kit's kernel,
     * machine or check code: where the code under test threw, e.g.
     * {@code " at StudentSemaphores.semWait(StudentSemaphores.java:45)"}; or nothing.
     */
    private static String where(String javaStack) {
        for (String line : javaStack.lines().map(String::strip).toList()) {
            if (!line.startsWith("at ")) {
                continue;
            }
            String frame = line.substring(3);
            int paren = frame.indexOf('(');
            frame = frame.substring(frame.lastIndexOf('/', paren < 0 ? frame.length() - 1 : paren) + 1);
            boolean kit = frame.startsWith("eduscc.kernel.") || frame.startsWith("eduscc.machine.")
                || frame.startsWith("eduscc.exercises.semaphores.SemaphoreChecks")
                || frame.startsWith("eduscc.exercises.semaphores.CheckCore")
                || frame.startsWith("eduscc.exercises.semaphores.WaitAndPostUnderTest");
            boolean jdk = frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.");
            if (!kit && !jdk) {
                String method = frame.substring(0, frame.indexOf('(') < 0 ? frame.length() : frame.indexOf('('));
                int cls = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
                return " at " + frame.substring(cls + 1);
            }
        }
        return "";
    }

    /** The kernel stopped: told by its message alone, which already says where. */
    static final class KernelStopped extends IllegalStateException {
        KernelStopped(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
