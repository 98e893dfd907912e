package eduscc.labs.run;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.arch.GatePlugins;
import eduscc.kernel.arch.GdtPlugins;
import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.ResetStubPlugins;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.ipc.MessagingPlugins;
import eduscc.kernel.ipc.NetworkTask;
import eduscc.kernel.lguest.HypercallDispatcherFactory;
import eduscc.kernel.lguest.HypercallPlugins;
import eduscc.kernel.mm.ElfLoaderPlugins;
import eduscc.kernel.mm.PageFaultPlugins;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.kernel.sched.SleepPlugins;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.kernel.mm.PageFramePlugins;
import eduscc.kernel.sys.SyscallPlugins;
import eduscc.kernel.sync.SemaphorePlugins;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.labs.scenario.KernelPart;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.TaskSpec;
import eduscc.machine.Machine;
import eduscc.machine.chip.CoreId;
import eduscc.machine.engine.RunResult;
import eduscc.machine.time.Clocks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Runs a lab headless: boots its cores with sccReset/sccMerge/sccBoot ({@link SccBoot}), gives
 * every core its own {@link Kernel} with the lab's settings and tasks, runs the machine until
 * every core is idle or the time limit, and reports what happened ({@link RunReport}).
 *
 * <p>A core with tasks halts for good once they have all finished, so a lab ends by itself; a
 * core without tasks idles until {@code stopAfterTicks} or the time limit. A run also ends early
 * when the cores' messaging deadlocks, or when a core's reset stub has not reached the kernel's
 * entry after {@link #RESET_STUB_CYCLES} (a lab's own {@code resetStub} that loops). The machine runs in
 * steps of 100 simulated milliseconds, whether or not anyone listens to the progress, so the
 * trace (and its hash) is the same with and without progress reports.
 */
public final class LabRunner {
    /** Ten simulated seconds at 533 MHz: the default limit of a run. */
    public static final long DEFAULT_UNTIL_CYCLES = 5_333_333_333L;
    /** Scheduler decisions (and task switches) a report keeps from each end of a long run, per core. */
    public static final int KEPT_AT_EACH_END = CoreTrace.KEPT_AT_EACH_END;
    /** Progress is reported every 100 ms of simulated time. */
    public static final long PROGRESS_STEP_UNITS = Clocks.nsToUnits(100_000_000L);
    /** How often a headless run looks whether it is stuck in a messaging deadlock: every simulated millisecond. */
    static final long CHECK_STEP_UNITS = Clocks.nsToUnits(1_000_000L);
    /**
     * Core cycles a reset stub may take to reach the kernel's entry before a headless run stops (the
     * kit's takes a few hundred; the reset-stub grader gives a student's as many): a stub that loops
     * would otherwise run to the time limit with no kernel to show.
     */
    public static final long RESET_STUB_CYCLES = 1_000_000;

    private LabRunner() {
    }

    /** Runs with the ready-queue plug-in the lab names. */
    public static RunReport run(Scenario lab, long untilCycles, LongConsumer progress) {
        return run(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()), untilCycles, progress);
    }

    /**
     * Runs with the given ready queue (a grader's queue under test) whatever the lab names.
     *
     * @param untilCycles the time limit in 533 MHz core cycles
     * @param progress    told the simulated cycle reached every 100 ms of simulated time
     */
    public static RunReport run(Scenario lab, ReadyQueueFactory queues, long untilCycles, LongConsumer progress) {
        return run(lab, queues, untilCycles, false, progress);
    }

    /**
     * Runs and reports; memory stays bounded however long the run: the trace is not kept (its
     * hash and count are), and the report keeps the first and last scheduler decisions and
     * switches of each core unless {@code full} asks for every one.
     */
    public static RunReport run(Scenario lab, ReadyQueueFactory queues, long untilCycles, boolean full,
                                LongConsumer progress) {
        if (untilCycles <= 0) {
            throw new IllegalArgumentException("the time limit must be positive, got " + untilCycles + " cycles");
        }
        try (BootedLab booted = boot(lab, queues)) {
            Machine machine = booted.machine();
            RunRecorder recorder = new RunRecorder(lab.machine().cores(), full);
            machine.trace().replayAndFollow(recorder::record);
            machine.trace().setKeepEntries(false);
            DeadlockWatch deadlock = new DeadlockWatch(machine, booted.kernels());
            BooleanSupplier stuck = () -> deadlock.getAsBoolean()
                || machine.now() >= RESET_STUB_CYCLES * Clocks.TILE_533_UNITS && recorder.someCoreOutsideTheKernel();
            RunResult result = runInSteps(machine, untilCycles * Clocks.TILE_533_UNITS, progress, stuck);
            return recorder.report(lab, machine, booted.kernels(), untilCycles, result, deadlock.deadlocked());
        }
    }

    /**
     * Boots a lab's cores, each with its own kernel, the lab's settings and tasks, ready to run
     * (nothing has run yet). The debugger starts every session, and every step back, from here.
     * Every core starts in the reset stub the lab names.
     *
     * @throws IllegalArgumentException when the lab's reset stub does not assemble (naming its file and line)
     */
    public static BootedLab boot(Scenario lab, ReadyQueueFactory queues) {
        Map<Integer, Kernel> kernels = new TreeMap<>();
        List<CoreId> cores = lab.machine().cores().stream().map(CoreId::of).toList();
        byte[] ramdisk = lab.kernel().paging() ? ShippedPrograms.ramdiskFor(programs(lab)) : InitialRamdisk.empty("/");
        byte[] reset = ResetStubPlugins.image(lab.kernel().resetStub());
        Machine machine = SccBoot.boot(cores, lab.machine().config(), reset, ramdisk, core -> {
            Kernel kernel = new Kernel(core, kernelConfig(lab, core.pid()), queues,
                PageFaultPlugins.get(lab.kernel().pageFaults()), k -> createTasks(lab, k));
            kernel.setMessagePassing(MessagingPlugins.get(lab.kernel().messaging()));
            kernel.setGdtEncoder(GdtPlugins.get(lab.kernel().gdt()).get());
            kernel.setGateEncoder(GatePlugins.get(lab.kernel().idtGates()).get());
            kernel.setWaitAndPost(SemaphorePlugins.get(lab.kernel().semaphores()));
            kernel.setTimerList(SleepPlugins.get(lab.kernel().sleep()));
            kernel.setElfLoader(ElfLoaderPlugins.get(lab.kernel().elfLoader()));
            kernel.setApicTimer(ApicTimerPlugins.get(lab.kernel().apicTimer()).get());
            kernel.setSwitchContext(SwitchContextPlugins.get(lab.kernel().contextSwitch()).get());
            kernel.setPageFrames(PageFramePlugins.get(lab.kernel().pageFrames()));
            kernel.setSyscalls(SyscallPlugins.get(lab.kernel().syscalls()));
            kernels.put(core.pid(), kernel);
            return kernel::boot;
        });
        return new BootedLab(machine, kernels);
    }

    /** The ramdisk paths the lab's tasks run ("/bin/hello"): an exercise's program joins /bin only for them. */
    private static List<String> programs(Scenario lab) {
        return lab.cores().stream().flatMap(core -> core.tasks().stream()).map(TaskSpec::program)
            .filter(Objects::nonNull).toList();
    }

    private static KernelConfig kernelConfig(Scenario lab, int pid) {
        KernelPart k = lab.kernel();
        boolean hasTasks = !lab.tasksOf(pid).isEmpty();
        KernelConfig config = new KernelConfig(k.timerFreq(), k.stopAfterTicks(), hasTasks, lab.hardwareSwitch(pid), k.paging());
        return lab.usesMessaging() ? config.withMessaging(lab.machine().cores()) : config;
    }

    /**
     * Runs on the core's boot context once the scheduler exists, before interrupts are on: the
     * core's semaphores (eduOS sem_init), then its tasks.
     */
    private static void createTasks(Scenario lab, Kernel kernel) {
        kernel.scheduler().setCheckInvariants(lab.kernel().checkInvariants());
        if (lab.kernel().networkTask()) {
            kernel.startNetworkTask(NetworkTask.ticksFor(lab.kernel().timerFreq()));
        }
        TaskDirectory directory = new TaskDirectory();
        SwitchSampling sampling = new SwitchSampling(kernel);
        HypercallDispatcherFactory hypercalls = HypercallPlugins.get(lab.kernel().hypercalls());
        lab.semaphoresOf(kernel.pid()).forEach(kernel.semaphores()::create);
        for (TaskSpec spec : lab.tasksOf(kernel.pid())) {
            TaskProgram.create(kernel, spec, directory, sampling, lab.kernel().timerFreq(), hypercalls);
        }
    }

    /**
     * Runs to {@code untilTime} in steps of {@link #CHECK_STEP_UNITS}, ending early when
     * {@code stuck} says so after a step, and reporting progress every {@link #PROGRESS_STEP_UNITS}.
     * The engine resumes where a step stopped, so the steps change nothing in the run.
     */
    private static RunResult runInSteps(Machine machine, long untilTime, LongConsumer progress, BooleanSupplier stuck) {
        long next = CHECK_STEP_UNITS;
        long nextProgress = PROGRESS_STEP_UNITS;
        while (true) {
            long limit = Math.min(next, untilTime);
            RunResult result = machine.run(limit);
            if (result.reason() == RunResult.Reason.ALL_IDLE || limit >= untilTime || stuck.getAsBoolean()) {
                return result;
            }
            if (limit >= nextProgress) {
                progress.accept(limit / Clocks.TILE_533_UNITS);
                nextProgress += PROGRESS_STEP_UNITS;
            }
            next += CHECK_STEP_UNITS;
        }
    }
}
