package eduscc.labs.run;

import eduscc.kernel.sched.Task;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tasks of one core's lab by name, so that a {@code wake} or {@code wait} step can find the
 * task it names. One per core: kernels on the SCC share no tasks. Spawned tasks join when they
 * are created.
 */
final class TaskDirectory {
    private final Map<String, Task> byName = new LinkedHashMap<>();

    void add(Task task) {
        byName.put(task.name(), task);
    }

    /** The task, or null if it does not exist (yet): a spawn step may not have run. */
    Task find(String name) {
        return byName.get(name);
    }
}
