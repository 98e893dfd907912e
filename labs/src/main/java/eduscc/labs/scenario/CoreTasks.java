package eduscc.labs.scenario;

import java.util.List;

/**
 * The tasks one core's kernel creates at boot, in this order; tasks of equal priority first run
 * in this order too. The core must be one of the machine's cores.
 */
public record CoreTasks(Integer pid, List<TaskSpec> tasks) {
    public CoreTasks {
        FieldError.required(pid, "pid", "the core these tasks run on, one of machine.cores");
        tasks = tasks == null ? List.of() : tasks;
        for (int i = 0; i < tasks.size(); i++) {
            FieldError.required(tasks.get(i), "tasks[" + i + "]", "a task {\"name\":..,\"priority\":..,\"steps\":[..]}");
        }
        tasks = List.copyOf(tasks);
    }
}
