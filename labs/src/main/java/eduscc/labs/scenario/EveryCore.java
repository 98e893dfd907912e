package eduscc.labs.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A lab's core-0 tasks copied onto each of the first {@code cores} cores: every released core runs
 * its own kernel with the same task set and task switch (DESIGN §4, a multikernel), so the mesh, the run queues and
 * the trace carry the load of a full chip. {@code eduscc bench} measures step back and frame
 * rendering on it.
 */
public final class EveryCore {
    private EveryCore() {
    }

    /** {@code lab} on cores 0 .. {@code cores}-1, named e.g. "scheduling-x48". */
    public static Scenario of(Scenario lab, int cores) {
        if (cores < 1 || cores > MachinePart.MAX_PID + 1) {
            throw new IllegalArgumentException("a lab on every core needs 1.." + (MachinePart.MAX_PID + 1)
                + " cores, was " + cores);
        }
        int first = lab.machine().cores().get(0);
        List<Integer> pids = new ArrayList<>();
        List<CoreTasks> tasks = new ArrayList<>();
        for (int pid = 0; pid < cores; pid++) {
            pids.add(pid);
            tasks.add(new CoreTasks(pid, lab.tasksOf(first), lab.semaphoresOf(first), lab.switchOf(first)));
        }
        return new Scenario(lab.name() + "-x" + cores, lab.description(),
            new MachinePart(pids, lab.machine().quantum()), lab.kernel(), tasks, List.of(), List.of());
    }
}
