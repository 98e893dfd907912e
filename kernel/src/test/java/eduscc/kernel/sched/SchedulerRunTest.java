package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.Apic;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scheduler on a booted core: which task runs at which timer tick. */
class SchedulerRunTest {
    /** A bit more than one 10 ms tick of work: every slice ends with exactly one timer interrupt. */
    private static final int SLICE = (int) (Apic.countFor(100) + Apic.countFor(100) / 8);

    private final List<String> log = new ArrayList<>();
    private Kernel kernel;

    private Machine run(Consumer<Kernel> tasks) {
        return run(true, tasks);
    }

    private Machine run(boolean hardwareSwitch, Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(100, 0, true, hardwareSwitch);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel = new Kernel(core, config, tasks);
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    private void note(String name) {
        log.add(name + "@" + kernel.scheduler().tick());
    }

    private TaskBody slices(String name, int count) {
        return () -> {
            Operations ops = kernel.ops();
            for (int i = 0; i < count; i++) {
                note(name);
                ops.work(SLICE);
            }
        };
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void equalPrioritiesRotateOnTimerTick(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> {
            k.scheduler().setCheckInvariants(true);
            k.scheduler().create("A", Priority.NORMAL, slices("A", 3));
            k.scheduler().create("B", Priority.NORMAL, slices("B", 3));
        })) {
            assertEquals(List.of("A@1", "B@2", "A@3", "B@4", "A@5", "B@6"), log);
            assertEquals(CoreState.HALTED, machine.core(0).state());
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void higherPriorityRunsFirstAndPreemptsWhenItWakes(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> {
            Scheduler s = k.scheduler();
            s.setCheckInvariants(true);
            s.create("low", Priority.NORMAL, slices("low", 4));
            s.create("high", Priority.HIGH, () -> {
                note("high");
                s.sleep(2);
                note("high woke");
            });
        })) {
            // Tick 1: high runs, sleeps until tick 3. low runs its slices; at tick 3 high is ready
            // and strictly higher, so it preempts low, finishes, and low resumes.
            assertEquals(List.of("high@1", "low@1", "low@2", "high woke@3", "low@3", "low@4"), log);
        }
    }

    @Test
    void hardwareSwitchesGoThroughEachTasksOwnTss() {
        try (Machine machine = run(k -> {
            k.scheduler().create("A", Priority.NORMAL, slices("A", 2));
            k.scheduler().create("B", Priority.NORMAL, slices("B", 2));
        })) {
            long switches = machine.trace().events(eduscc.machine.trace.TraceEvent.TaskSwitch.class).stream()
                .filter(e -> e.mechanism().startsWith("hardware")).count();
            // idle→A (tick 1), A→B (2), B→A (3), A→B (4), B→A (5: A's last slice is over, it exits),
            // A→B (exit), B→idle (B exits): one far JMP per decision that switches.
            assertEquals(7, switches);
        }
    }

    @Test
    void softwareSwitchKeepsOneTssAndSavesFramesOnKernelStacks() {
        try (Machine machine = run(false, k -> {
            k.scheduler().setCheckInvariants(true);
            k.scheduler().create("A", Priority.NORMAL, slices("A", 2));
            k.scheduler().create("B", Priority.NORMAL, slices("B", 2));
        })) {
            assertEquals(List.of("A@1", "B@2", "A@3", "B@4"), log);
            assertEquals(0, machine.trace().events(eduscc.machine.trace.TraceEvent.TaskSwitch.class).size(),
                "no hardware task switch");
            assertEquals(eduscc.kernel.arch.Selectors.tss(0), machine.core(0).regs().tr.selector());
            assertTrue((machine.core(0).regs().cr0 & eduscc.machine.cpu.ControlBits.CR0_TS) != 0, "CR0.TS set by the switch");
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void tasksThatExitLeaveNoThreadsBehind(boolean hardwareSwitch) {
        try (Machine machine = run(hardwareSwitch, k -> {
            for (int i = 0; i < 40; i++) {
                k.scheduler().create("t" + i, Priority.NORMAL, () -> k.ops().work(100));
            }
        })) {
            long alive = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("eduscc-core0-") && t.isAlive()).count();
            assertTrue(alive <= 3, "the boot context and at most a couple more, not one per task: " + alive);
            assertEquals(40, kernel.scheduler().tasks().stream().filter(t -> t.state() == TaskState.FINISHED).count());
        }
    }

    @org.junit.jupiter.api.Test
    void aParentBlockedForSomethingElseIsNotWokenByItsChildsExit() {
        KernelConfig config = new KernelConfig(100, 0, true, true);
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel = new Kernel(core, config, k -> {
                Scheduler s = k.scheduler();
                s.create("parent", Priority.NORMAL, () -> {
                    s.create("child", Priority.NORMAL, () -> k.ops().work(SLICE));
                    note("parent blocks");
                    s.block();
                    note("parent woken");
                });
            });
            return kernel::boot;
        })) {
            machine.run(6 * Apic.countFor(100) * 30);
            assertEquals(List.of("parent blocks@1"), log, "the child's exit does not wake a parent blocked for something else");
        }
    }
}
