package eduscc.visualizer.mesh;

import eduscc.kernel.KernelSnapshot;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.snapshot.CoreSnapshot;

/**
 * What the mesh view shows in one core's box: its pid, what it is doing and, when the scheduler
 * runs a task on it, the task and its priority.
 *
 * @param pid       0..47, {@code tile*2 + z} (facts A.1)
 * @param category  the state the box is coloured by
 * @param stateText the first line of the box, e.g. "real mode", "running", "PANICKED", or "from normal-a"
 *                  while the core switches from that task to {@code task}
 * @param task      the task the core runs, "" if none (reset, boot stub)
 * @param priority  the running task's eduOS priority, -1 if the core runs no task
 */
public record CoreBox(int pid, CoreCategory category, String stateText, String task, int priority) {

    /** No task on the core: what {@link #priority} holds then. */
    public static final int NO_PRIORITY = -1;

    /**
     * Classifies a core from its snapshot and its kernel's (null when no kernel runs on it).
     * Between the scheduler's decision and {@code finishTaskSwitch} the core still carries the old
     * task's label; the box then shows the task the scheduler chose, as the run-queue view does,
     * and names the one being switched out in its first line.
     */
    public static CoreBox of(CoreSnapshot core, KernelSnapshot kernel) {
        String task = core.task() == null ? "" : core.task();
        boolean switching = kernel != null && !kernel.switchingOut().isEmpty() && task.equals(kernel.switchingOut());
        if (switching) {
            task = kernel.running(); // the scheduler has chosen; the run-queue view says the same
        }
        boolean idleTask = kernel != null && !task.isEmpty() && task.equals(kernel.idle());
        CoreCategory category = categoryOf(core, task, idleTask);
        int priority = NO_PRIORITY;
        if (category == CoreCategory.RUNNING_TASK && kernel != null && task.equals(kernel.running())) {
            priority = kernel.runningPriority();
        }
        String stateText = switch (category) {
            case PROTECTED_MODE -> core.mode();
            default -> category.text();
        };
        if (switching) {
            stateText = "from " + kernel.switchingOut(); // "0 from normal-a", then "high p16": the switch under way
        }
        return new CoreBox(core.pid(), category, stateText, task, priority);
    }

    private static CoreCategory categoryOf(CoreSnapshot core, String task, boolean idleTask) {
        CoreState state = core.state();
        return switch (state) {
            case IN_RESET -> CoreCategory.IN_RESET;
            case SHUTDOWN -> CoreCategory.SHUT_DOWN;
            case PANICKED -> CoreCategory.PANICKED;
            case HUNG -> CoreCategory.HUNG;
            case HALTED -> idleTask ? CoreCategory.IDLE : CoreCategory.HALTED;
            case RUNNING -> {
                if ("real".equals(core.mode())) {
                    yield CoreCategory.REAL_MODE;
                } else if (task.isEmpty()) {
                    yield CoreCategory.PROTECTED_MODE;
                }
                yield idleTask ? CoreCategory.IDLE : CoreCategory.RUNNING_TASK;
            }
        };
    }

    /** The core's place on the chip. */
    public CoreId id() {
        return CoreId.of(pid);
    }

    /** The box's first line: the pid and the state, "5 real mode". */
    public String headline() {
        return pid + " " + stateText;
    }

    /** The second line: the task, with its priority when known ("high p16"); "" without a task. */
    public String taskText() {
        if (task.isEmpty()) {
            return "";
        }
        return priority == NO_PRIORITY ? task : task + " p" + priority;
    }
}
