package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The task table's slots are taken again once their task is reaped (eduOS create_task scans for a free slot). */
class TaskSlotReuseTest {
    private static final int ROUNDS = 200;

    private final List<String> log = new ArrayList<>();
    private Kernel kernel;

    private Machine run(boolean hardwareSwitch, Consumer<Kernel> tasks) {
        KernelConfig config = new KernelConfig(100, 0, true, hardwareSwitch);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel = new Kernel(core, config, k -> {
                k.scheduler().setCheckInvariants(true);
                tasks.accept(k);
            });
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void createExitWaitRunsFarBeyondTheTableSize(boolean hardwareSwitch) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            expected.add("child " + i + " in slot 2");
            expected.add("parent reaped " + i + " with code " + (i % 100));
        }
        expected.add("parent done");
        try (Machine machine = run(hardwareSwitch, k -> k.scheduler().create("parent", Priority.NORMAL, () -> {
            Scheduler s = k.scheduler();
            for (int i = 0; i < ROUNDS; i++) {
                int round = i;
                Task child = s.create("child" + i, Priority.HIGH, () -> {
                    log.add("child " + round + " in slot " + s.current().id());
                    k.ops().work(50);
                    s.exit(round % 100);
                });
                int code = s.waitFor(child);
                log.add("parent reaped " + round + " with code " + code);
            }
            log.add("parent done");
        }))) {
            assertEquals(expected, log, "each child runs once, in the slot its predecessor left, and is reaped by the parent");
            assertEquals(eduscc.machine.cpu.CoreState.HALTED, machine.core(0).state(), "the core halts when every task has finished, with no kernel panic");
            assertEquals(List.of("idle", "parent", "child199"),
                KernelSnapshot.of(kernel).tasks().stream().map(KernelSnapshot.TaskEntry::name).toList(),
                "the debugger lists a finished task until a new task takes its slot");
            long alive = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("eduscc-core0-") && t.isAlive()).count();
            assertTrue(alive <= 3, "a reused slot leaves no parked context behind: " + alive);
        }
    }

    @ParameterizedTest(name = "hardware switch: {0}")
    @ValueSource(booleans = {true, false})
    void aFullTableIsAnErrorNamingTheTaskAndTheCore(boolean hardwareSwitch) {
        List<Throwable> errors = new ArrayList<>();
        try (Machine machine = run(hardwareSwitch, k -> k.scheduler().create("parent", Priority.NORMAL, () -> {
            Scheduler s = k.scheduler();
            for (int i = 1; i < Scheduler.MAX_TASKS; i++) {
                s.create("c" + i, Priority.LOW, () -> { });
            }
            errors.add(assertThrows(TaskTableFull.class, () -> s.create("one too many", Priority.LOW, () -> { })));
            log.add("free slot: " + s.hasFreeSlot());
        }))) {
            assertEquals(List.of("free slot: false"), log);
            assertEquals("core 0: cannot create task 'one too many': all 58 task slots (one TSS descriptor each in the"
                + " 64-entry GDT) hold tasks that are alive or not yet waited for", errors.get(0).getMessage());
            assertEquals(Scheduler.MAX_TASKS + 1, kernel.scheduler().tasks().size(), "the finished children stay listed");
        }
    }
}
