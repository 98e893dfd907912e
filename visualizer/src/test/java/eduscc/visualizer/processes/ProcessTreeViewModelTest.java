package eduscc.visualizer.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.KernelSnapshot;
import eduscc.kernel.ProcessInfo;
import eduscc.kernel.ProcessInfo.Kind;
import eduscc.labs.debug.DebugSnapshot;
import eduscc.machine.snapshot.MachineSnapshot;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The process tree's rows and words on hand-built task tables: a vfork parent and the child on
 * its space, a Java task of the boot, a zombie whose parent may still wait, a child the kernel
 * reaped because its parent had exited, and which rows changed since the step before.
 */
class ProcessTreeViewModelTest {
    private static final ProcessInfo IDLE = new ProcessInfo(0, -1, "idle", "", Kind.IDLE, "idle", 0, -1, -1, 0, -1);

    private static DebugSnapshot snapshot(long position, List<ProcessInfo> processes) {
        KernelSnapshot kernel = new KernelSnapshot(0, 1, 0, -1, new TreeMap<>(), "idle", 0, "idle", List.of(), List.of(),
            "hardware", "", List.of(), List.of(), processes);
        TreeMap<Integer, KernelSnapshot> kernels = new TreeMap<>();
        kernels.put(0, kernel);
        return new DebugSnapshot("hand", position, new MachineSnapshot(position, 0, "", List.of()), kernels, List.of(), "",
            new TreeMap<>());
    }

    @Test
    void aVforkParentWaitsForItsChildsExecveUnderTheIdleTask() {
        List<ProcessInfo> tasks = List.of(IDLE,
            new ProcessInfo(1, 0, "sh", "/bin/sh", Kind.PROCESS, "blocked", 8, 3, -1, 0, -1),
            new ProcessInfo(2, 0, "logger", "", Kind.JAVA_KERNEL, "sleeping", 4, -1, -1, 0, -1),
            new ProcessInfo(3, 1, "sh-child", "/bin/sh", Kind.PROCESS, "running", 8, -1, 1, 0, -1));
        assertEquals(List.of(
            "0 idle |  | idle | idle | 0 |  | ",
            "  1 sh | /bin/sh | x86 process | blocked | 8 |  | vfork: waits until 3 (sh-child) calls execve or exits",
            "    3 sh-child | /bin/sh | x86 process | running | 8 |  | vfork: runs on 1 (sh)'s address space until it calls execve or exits",
            "  2 logger |  | Java kernel task | sleeping | 4 |  | "),
            ProcessTreeViewModel.of(snapshot(5, tasks), null, 0).lines());
    }

    @Test
    void aZombieWaitsForItsParentAndAnOrphanIsReapedByTheKernel() {
        List<ProcessInfo> tasks = List.of(IDLE,
            new ProcessInfo(1, 0, "a", "/bin/a", Kind.PROCESS, "running", 8, -1, -1, 0, -1),
            new ProcessInfo(2, 1, "a-child", "/bin/a", Kind.PROCESS, "zombie", 8, -1, -1, 3, -1),
            new ProcessInfo(3, 0, "b", "/bin/b", Kind.PROCESS, "zombie", 8, -1, -1, 7, -1),
            new ProcessInfo(4, 3, "b-child", "/bin/b", Kind.PROCESS, "reaped", 8, -1, -1, 5, -1));
        ProcessTreeViewModel vm = ProcessTreeViewModel.of(snapshot(9, tasks), null, 0);
        assertEquals(List.of(
            "0 idle |  | idle | idle | 0 |  | ",
            "  1 a | /bin/a | x86 process | running | 8 |  | ",
            "    2 a-child | /bin/a | x86 process | zombie | 8 | 3 | not yet collected: 1 (a) may wait for it",
            "  3 b | /bin/b | x86 process | zombie | 8 | 7 | its parent, the idle task, never waits",
            "    4 b-child | /bin/b | x86 process | reaped | 8 | 5 | reaped by the kernel: its parent had exited"),
            vm.lines());
        assertEquals("core 0: 5 tasks: 2 alive, 2 zombies, 1 reaped", vm.header());
    }

    @Test
    void theRowsTheLastStepChangedOrMadeAreMarked() {
        ProcessInfo parent = new ProcessInfo(1, 0, "a", "/bin/a", Kind.PROCESS, "running", 8, -1, -1, 0, -1);
        DebugSnapshot before = snapshot(9, List.of(IDLE, parent));
        DebugSnapshot after = snapshot(10, List.of(IDLE,
            new ProcessInfo(1, 0, "a", "/bin/a", Kind.PROCESS, "blocked", 8, 2, -1, 0, -1),
            new ProcessInfo(2, 1, "a-child", "/bin/a", Kind.PROCESS, "ready", 8, -1, -1, 0, -1)));
        ProcessRow idle = ProcessTreeViewModel.of(after, before, 0).roots().get(0);
        ProcessRow a = idle.children().get(0);
        assertEquals(List.of(false, true, true), List.of(idle.changed(), a.changed(), a.children().get(0).changed()),
            "the parent blocked and the child is new; the idle task is as it was");
    }

    @Test
    void aCoreWithoutAKernelSaysSo() {
        ProcessTreeViewModel vm = ProcessTreeViewModel.of(snapshot(0, List.of()), null, 3);
        assertEquals("core 3: no kernel has booted here yet", vm.header());
        assertEquals(List.of(), vm.lines());
    }
}
