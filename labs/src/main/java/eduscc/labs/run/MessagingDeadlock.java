package eduscc.labs.run;

import eduscc.kernel.Kernel;
import eduscc.kernel.ipc.Rcce;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A lab whose cores can never talk again: every core's running task spins on an RCCE flag and
 * nothing else is left to run anywhere. A spinning task only reads flags; timer ticks and the
 * scheduler write none; so no flag will ever change, and the run would spin to its time limit.
 * The runner stops it and says who waits for whom (a recv that no core sends, two cores that
 * both receive first, a barrier some core never reaches). Read while the machine is paused; one
 * such look is a candidate, which {@link DeadlockWatch} confirms.
 */
final class MessagingDeadlock {
    /** One spinning core: its pid, its task and what it waits for. */
    record Spinner(int pid, String task, long tick, String waitingFor) { }

    private MessagingDeadlock() {
    }

    /** The spinning cores if the lab is in such a deadlock, or an empty list. */
    static List<Spinner> find(Map<Integer, Kernel> kernels) {
        List<Spinner> spinners = new ArrayList<>();
        for (Kernel kernel : kernels.values()) {
            Rcce rcce = kernel.rcce();
            String waiting = rcce == null ? null : rcce.busyWith();
            List<Task> unfinished = unfinished(kernel);
            if (waiting == null && !unfinished.isEmpty()) {
                return List.of();
            }
            if (waiting != null) {
                if (unfinished.size() != 1) {
                    return List.of();
                }
                spinners.add(new Spinner(kernel.pid(), unfinished.get(0).name(), kernel.ticks(), waiting));
            }
        }
        return spinners;
    }

    /** The tasks of the core, idle aside, that have not finished. */
    private static List<Task> unfinished(Kernel kernel) {
        if (kernel.scheduler() == null) {
            return List.of();
        }
        return kernel.scheduler().tasks().stream()
            .filter(t -> t != kernel.scheduler().idle() && t.probe().state() != TaskState.FINISHED).toList();
    }
}
