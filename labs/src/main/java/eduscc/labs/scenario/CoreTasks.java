package eduscc.labs.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import eduscc.kernel.arch.KernelLayout;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks one core's kernel creates at boot, in this order; tasks of equal priority first run
 * in this order too. The core must be one of the machine's cores. {@code semaphores} names the
 * core's semaphores with the count each starts at, e.g. {@code {"items": 0, "slots": 2}}: the
 * kernel creates them, in the file's order, before the tasks (kernel {@code sync}); its tasks
 * use them by name in {@code semWait} and {@code semPost} steps. {@code switchMode} (JSON field
 * {@code "switch"}) lets this core's kernel switch tasks another way than the kernel part says, so
 * that one run can show the hardware and the software switch side by side on two cores; null
 * keeps the kernel part's.
 */
public record CoreTasks(Integer pid, List<TaskSpec> tasks, Map<String, Integer> semaphores,
                        @JsonProperty("switch") String switchMode) {
    /** The most a semaphore may start at (eduOS's count is an unsigned int; a lab needs few). */
    public static final int MAX_SEMAPHORE_VALUE = 1_000_000;

    /** A core's tasks, without semaphores. */
    public CoreTasks(Integer pid, List<TaskSpec> tasks) {
        this(pid, tasks, null);
    }

    /** A core's tasks and semaphores, switching tasks as the kernel part says. */
    public CoreTasks(Integer pid, List<TaskSpec> tasks, Map<String, Integer> semaphores) {
        this(pid, tasks, semaphores, null);
    }

    public CoreTasks {
        FieldError.required(pid, "pid", "the core these tasks run on, one of machine.cores");
        tasks = tasks == null ? List.of() : tasks;
        for (int i = 0; i < tasks.size(); i++) {
            FieldError.required(tasks.get(i), "tasks[" + i + "]", "a task {\"name\":..,\"priority\":..,\"steps\":[..]}");
        }
        tasks = List.copyOf(tasks);
        semaphores = checkedSemaphores(semaphores);
        if (switchMode != null && !switchMode.equals(KernelPart.HARDWARE) && !switchMode.equals(KernelPart.SOFTWARE)) {
            throw new FieldError("switch", "must be \"hardware\" or \"software\", got \"" + switchMode + "\"");
        }
    }

    /** Names as task names are, counts 0..MAX, at most as many as the kernel has slots; the file's order kept. */
    private static Map<String, Integer> checkedSemaphores(Map<String, Integer> declared) {
        if (declared == null) {
            return Map.of();
        }
        if (declared.size() > KernelLayout.SEMAPHORE_SLOTS) {
            throw new FieldError("semaphores", declared.size() + " semaphores; a core's kernel has room for "
                + KernelLayout.SEMAPHORE_SLOTS);
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : declared.entrySet()) {
            String field = "semaphores." + JacksonErrors.shown(e.getKey());
            FieldError.name(e.getKey(), field);
            FieldError.inRange(FieldError.required(e.getValue(), field, "the count the semaphore starts at, e.g. 0"), 0,
                MAX_SEMAPHORE_VALUE, field);
            kept.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(kept);
    }
}
