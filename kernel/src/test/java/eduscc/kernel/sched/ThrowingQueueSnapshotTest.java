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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A student's ready queue that throws from every method (the exercise's untouched starter): the
 * kernel panics at its boot, and the debugger's snapshot of that kernel still comes out, saying
 * which method threw what, instead of throwing at the debugger that asked for it.
 */
class ThrowingQueueSnapshotTest {
    /** Every method throws, as the starter's TODOs do. */
    private static final class TodoQueue implements ReadyQueue {
        @Override
        public void enqueue(Task t) {
            throw new UnsupportedOperationException("TODO enqueue");
        }

        @Override
        public void remove(Task t) {
            throw new UnsupportedOperationException("TODO remove");
        }

        @Override
        public Task dequeue(int priority) {
            throw new UnsupportedOperationException("TODO dequeue");
        }

        @Override
        public int highestPriority() {
            throw new UnsupportedOperationException("TODO highestPriority");
        }

        @Override
        public int prioBitmap() {
            throw new UnsupportedOperationException("TODO prioBitmap");
        }

        @Override
        public List<Task> tasksAt(int priority) {
            throw new UnsupportedOperationException("TODO tasksAt");
        }
    }

    @Test
    void theSnapshotNamesWhatTheQueueThrewAndStillShowsTheTasks() {
        Kernel[] kernel = new Kernel[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            kernel[0] = new Kernel(core, new KernelConfig(100, 3, false, true), bsr -> new TodoQueue(), k -> { });
            return kernel[0]::boot;
        })) {
            machine.run();
            KernelSnapshot snapshot = KernelSnapshot.of(kernel[0]);
            assertEquals(0, snapshot.prioBitmap(), "a bitmap that could not be read shows as empty");
            assertTrue(snapshot.damage().contains("the ready queue's prioBitmap() threw UnsupportedOperationException:"
                + " TODO prioBitmap"), snapshot.damage().toString());
            assertTrue(snapshot.damage().contains("the ready queue's tasksAt(" + Priority.LOW + ") threw"
                + " UnsupportedOperationException: TODO tasksAt"), snapshot.damage().toString());
            assertEquals(2, snapshot.damage().size(), "one line per method, not one per list: " + snapshot.damage());
            assertTrue(snapshot.tasks().size() >= 1, "the task table is still shown: " + snapshot.tasks());
        }
    }
}
