package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.EntryStubs;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Student code in a task that throws or never reaches a machine operation: that core reports a
 * panic or a hang naming the task, with its Java stack, and the other cores run on.
 */
class FaultyTaskTest {
    private static volatile boolean spinning = true;

    /**
     * The hang limit here is 300 ms of wall time between two machine operations, and the first
     * kernel boot in a JVM assembles entry.asm inside such a stretch (once per JVM): on a loaded
     * machine that alone could pass for a hang of a core that is only booting. Assemble it first.
     */
    @BeforeAll
    static void assembleTheEntryStubsBeforeAnyRun() {
        EntryStubs.assembly();
    }

    @AfterEach
    void stopSpinning() {
        spinning = false;
    }

    private Machine run(TaskBody faulty) {
        KernelConfig config = new KernelConfig(100, 0, true, true);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0), CoreId.of(1)), new MachineConfig(1000, 300), core -> {
            Kernel kernel = new Kernel(core, config, k -> {
                if (core.pid() == 0) {
                    k.scheduler().create("student", Priority.NORMAL, faulty);
                } else {
                    k.scheduler().create("neighbour", Priority.NORMAL, () -> k.ops().work(10_000_000));
                }
            });
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    @Test
    void exceptionInATaskIsAPanicOfItsCoreNamingTheTask() {
        try (Machine machine = run(() -> {
            throw new IllegalStateException("null ready queue");
        })) {
            assertEquals(CoreState.PANICKED, machine.core(0).state());
            TraceEvent.Panic panic = machine.trace().events(TraceEvent.Panic.class).get(0);
            assertEquals("student", panic.task());
            assertTrue(panic.javaStack().contains("FaultyTaskTest"), panic.javaStack());
            assertEquals(CoreState.HALTED, machine.core(1).state(), "core 1 finished its own task");
        }
    }

    @Test
    void endlessLoopInATaskIsAHangOfItsCoreNamingTheTask() {
        spinning = true;
        try (Machine machine = run(() -> {
            while (spinning) {
                Thread.onSpinWait();
            }
        })) {
            assertEquals(CoreState.HUNG, machine.core(0).state());
            TraceEvent.Hang hang = machine.trace().events(TraceEvent.Hang.class).get(0);
            assertEquals("student", hang.task());
            assertTrue(hang.javaStack().contains("FaultyTaskTest"), hang.javaStack());
            assertEquals(CoreState.HALTED, machine.core(1).state());
        }
    }
}
