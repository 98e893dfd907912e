package eduscc.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelSnapshot.TaskEntry;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How a kernel snapshot names TSS selectors and lists sleepers, on hand-built task tables. */
class KernelSnapshotTest {

    private static KernelSnapshot snapshot(String contextSwitch, List<TaskEntry> tasks) {
        return new KernelSnapshot(2, 4, 0x100, 8, new TreeMap<>(), "a", 8, "idle", List.of(), List.of(), contextSwitch, "",
            tasks);
    }

    @Test
    void withHardwareSwitchingEachTssIsItsTasks() {
        KernelSnapshot k = snapshot("hardware", List.of(new TaskEntry("idle", 0, "idle", 0x28, -1),
            new TaskEntry("a", 8, "running", 0x30, -1)));
        assertEquals("idle", k.tssOwner(0x28));
        assertEquals("a", k.tssOwner(0x30));
        assertEquals("a", k.tssOwner(0x33), "the RPL bits do not change which descriptor is meant");
        assertEquals("", k.tssOwner(0x38), "no task has that TSS");
        assertEquals("", k.tssOwner(0), "the null selector is nobody's");
    }

    @Test
    void withSoftwareSwitchingTheOneTssBelongsToEveryTaskOfTheCore() {
        KernelSnapshot k = snapshot("software", List.of(new TaskEntry("idle", 0, "idle", 0x28, -1),
            new TaskEntry("a", 8, "running", 0x28, -1)));
        assertEquals("all tasks of core 2", k.tssOwner(0x28));
    }

    @Test
    void sleepersComeEarliestWakeTickFirst() {
        KernelSnapshot k = snapshot("hardware", List.of(new TaskEntry("late", 8, "sleeping", 0x30, 9),
            new TaskEntry("soon", 8, "sleeping", 0x38, 6), new TaskEntry("b", 8, "blocked", 0x40, -1)));
        assertEquals(List.of("soon", "late"), k.sleeping().stream().map(TaskEntry::name).toList());
        assertTrue(k.task("b").isPresent() && !k.task("b").get().sleeping());
    }
}
