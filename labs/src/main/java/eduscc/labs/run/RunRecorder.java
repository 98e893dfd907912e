package eduscc.labs.run;

import eduscc.kernel.Kernel;
import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.ipc.MailboxState;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sync.SemaphoreState;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.Machine;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Listens to the trace while a lab runs (one {@link CoreTrace} per released core) and, at the
 * end, adds what only the kernels know: the final ready lists and bitmap, read from the queue the
 * scheduler ran with, and each task's final state.
 */
final class RunRecorder {
    private final Map<Integer, CoreTrace> cores = new TreeMap<>();

    /** @param full keep every decision and switch instead of the first and last ones */
    RunRecorder(List<Integer> pids, boolean full) {
        pids.forEach(pid -> cores.put(pid, new CoreTrace(pid, full)));
    }

    void record(TraceEntry entry) {
        CoreTrace core = cores.get(entry.core());
        if (core != null) {
            core.record(entry);
        }
    }

    /** Whether some released core's reset stub has not reached the kernel's entry (yet). */
    boolean someCoreOutsideTheKernel() {
        return cores.values().stream().anyMatch(c -> !c.enteredKernel());
    }

    RunReport report(Scenario lab, Machine machine, Map<Integer, Kernel> kernels, long untilCycles, RunResult result) {
        return report(lab, machine, kernels, untilCycles, result, List.of());
    }

    /** The report; {@code deadlocked} are the cores of a messaging deadlock the run ended on (empty: none). */
    RunReport report(Scenario lab, Machine machine, Map<Integer, Kernel> kernels, long untilCycles, RunResult result,
                     List<MessagingDeadlock.Spinner> deadlocked) {
        List<CoreRun> runs = new ArrayList<>();
        for (CoreTrace trace : cores.values()) {
            for (MessagingDeadlock.Spinner s : deadlocked) {
                if (s.pid() == trace.pid()) {
                    trace.addFailure(new CoreRun.Failure(s.pid(), "deadlock", s.task(), s.tick(), "spins for " + s.waitingFor()
                        + ", and no core can set a flag any more: every core's task spins or has finished"));
                }
            }
            runs.add(coreRun(trace, machine, kernels.get(trace.pid())));
        }
        String ended = result.reason() == RunResult.Reason.ALL_IDLE ? RunReport.ALL_IDLE
            : !deadlocked.isEmpty() ? RunReport.DEADLOCK : RunReport.TIME_LIMIT;
        return new RunReport(lab.name(), lab.description(), lab.kernel().switchMode(), lab.kernel().readyQueues(),
            lab.kernel().checkInvariants(), lab.kernel().timerFreq(), untilCycles, ended,
            endCycle(machine, result), runs, machine.trace().size(), machine.trace().hashHex());
    }

    /** The latest time any released core reached (a core may have run ahead of the engine's clock). */
    private long endCycle(Machine machine, RunResult result) {
        long end = result.time();
        for (int pid : cores.keySet()) {
            end = Math.max(end, machine.core(pid).time());
        }
        return end / Clocks.TILE_533_UNITS;
    }

    /**
     * Why a core whose kernel never started stopped where it did: its reset stub (a student's, a
     * lab's {@code resetStub}) halted or went round before the kernel's entry.
     */
    private static String neverEntered(Core core) {
        long linear = (Integer.toUnsignedLong(core.regs().cs().base()) + Integer.toUnsignedLong(core.regs().eip))
            & 0xFFFF_FFFFL;
        String mode = (core.regs().cr0 & ControlBits.CR0_PE) != 0 ? "protected" : "real";
        if (core.state() == CoreState.HALTED) {
            return String.format("the core halted at 0x%08X in %s mode and never reached the kernel's entry at 0x%08X:"
                + " its reset stub stops short of it", linear, mode, KernelImage.entryAddress());
        }
        return String.format("the core was still running at 0x%08X in %s mode after %,d cycles and never reached the"
            + " kernel's entry at 0x%08X: does its reset stub loop?", linear, mode, LabRunner.RESET_STUB_CYCLES,
            KernelImage.entryAddress());
    }

    private static CoreRun coreRun(CoreTrace trace, Machine machine, Kernel kernel) {
        Scheduler scheduler = kernel == null ? null : kernel.scheduler();
        List<CoreRun.ReadyList> lists = new ArrayList<>();
        List<CoreRun.Failure> failures = new ArrayList<>(trace.failures());
        int bitmap = 0;
        List<CoreRun.TaskOutcome> tasks = new ArrayList<>();
        if (scheduler != null) {
            try {
                ReadyQueue queue = scheduler.queues();
                for (int prio = Priority.MAX_PRIO - 1; prio > Priority.IDLE; prio--) {
                    List<Task> waiting = queue.tasksAt(prio);
                    if (!waiting.isEmpty()) {
                        lists.add(new CoreRun.ReadyList(prio, waiting.stream().map(Task::name).toList()));
                    }
                }
                bitmap = queue.prioBitmap();
            } catch (RuntimeException e) {
                failures.add(new CoreRun.Failure(trace.pid(), "unreadable queue", "-", trace.ticks(),
                    "the ready queue could not be read at the end: " + e));
            }
            for (Task t : scheduler.tasks()) {
                tasks.add(new CoreRun.TaskOutcome(t.name(), t.priority(), t.state().name(), t.exitCode()));
            }
        }
        if (scheduler == null && failures.isEmpty()) {
            failures.add(new CoreRun.Failure(trace.pid(), CoreRun.Failure.NO_KERNEL, "-", 0,
                neverEntered(machine.core(trace.pid()))));
        }
        String contextSwitch = scheduler == null ? "-" : scheduler.contextSwitchName();
        return new CoreRun(trace.pid(), machine.core(trace.pid()).state().name(), contextSwitch, trace.ticks(), trace.boot(),
            trace.switches().kept(), trace.decisions().kept(), Collections.unmodifiableMap(trace.contextSwitches()),
            List.copyOf(lists), CoreRun.hex(bitmap), CoreRun.cells(bitmap), List.copyOf(tasks), trace.console(),
            List.copyOf(failures), trace.switches().first().size(), trace.switches().leftOut(),
            trace.decisions().first().size(), trace.decisions().leftOut(), waitLines(kernel));
    }

    /**
     * Where the kernel's tasks wait, in words, as the run left it: each semaphore and mutex
     * ({@link SemaphoreState#describe}), then the mailbox if it was used.
     */
    private static List<String> waitLines(Kernel kernel) {
        if (kernel == null || kernel.scheduler() == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (kernel.semaphores() != null) {
            SemaphoreState.of(kernel.semaphores(), kernel.scheduler()).forEach(s -> lines.add(s.describe()));
        }
        MailboxState mailbox = kernel.mailbox() == null ? null : kernel.mailbox().state();
        if (mailbox != null && mailbox.used()) {
            lines.add(mailbox.describe());
        }
        return List.copyOf(lines);
    }
}
