package eduscc.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * A kernel bug that scribbles on the task table: the core that follows the bad word panics with
 * the field and the address in its reason, and the debugger's snapshot of that kernel still comes
 * out, naming what it could not decode, instead of throwing at the student.
 */
class CorruptKernelDataTest {
    private Kernel kernel;

    /**
     * Boots one core whose high-priority task "vandal" runs first, at the first tick, and makes
     * {@code scribble} of the task_t of "a" (slot 2, at 0x00120080); "a" and "b" wait in list 8.
     */
    private Machine run(BiConsumer<Kernel, Task[]> scribble) {
        KernelConfig config = new KernelConfig(100, 3, false, true);
        Task[] ab = new Task[2];
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel = new Kernel(core, config, k -> {
                k.scheduler().create("vandal", Priority.HIGH, () -> scribble.accept(k, ab));
                ab[0] = k.scheduler().create("a", Priority.NORMAL, () -> { });
                ab[1] = k.scheduler().create("b", Priority.NORMAL, () -> { });
            });
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    @Test
    void aNextLinkIntoTheMiddleOfAnEntryPanicsTheCoreAndTheSnapshotNamesFieldAndAddress() {
        try (Machine machine = run((k, ab) -> k.ops().write32(ab[0].address() + TaskT.NEXT, 0x00120044))) {
            List<TraceEvent.Panic> panics = machine.trace().events(TraceEvent.Panic.class);
            assertEquals(1, panics.size(), "the scheduler's dequeue follows a->next: " + panics);
            assertTrue(panics.get(0).reason().contains("field next of its task_t at 0x00120080 holds 0x00120044"),
                panics.get(0).reason());

            KernelSnapshot snapshot = KernelSnapshot.of(kernel);
            assertEquals(1, snapshot.damage().size(), snapshot.damage().toString());
            assertTrue(snapshot.damage().get(0).startsWith("ready list 8: "), snapshot.damage().get(0));
            assertTrue(snapshot.damage().get(0).contains("field next of its task_t at 0x00120080 holds 0x00120044"),
                snapshot.damage().get(0));
            assertEquals(List.of("a", "b"), snapshot.tasks().stream().filter(t -> t.priority() == Priority.NORMAL)
                .map(KernelSnapshot.TaskEntry::name).toList(), "the task table is still shown");
        }
    }

    @Test
    void aStatusWordThatIsNoStateIsShownAsTheWordAndNamedWithItsAddress() {
        KernelSnapshot[] seen = new KernelSnapshot[1];
        try (Machine machine = run((k, ab) -> {
            k.ops().write32(ab[1].address() + TaskT.STATUS, 9);
            seen[0] = KernelSnapshot.of(k); // the debugger's look while the word is broken
            k.ops().write32(ab[1].address() + TaskT.STATUS, TaskState.READY.ordinal());
        })) {
            assertEquals("status 9", seen[0].task("b").orElseThrow().state());
            assertEquals(List.of("task table: task_t at 0x001200C0: status word 9 is no task state (0..5)"),
                seen[0].damage());
            assertEquals(List.of(), machine.trace().events(TraceEvent.Panic.class), "the word was mended in time");
        }
    }
}
