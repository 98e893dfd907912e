package eduscc.labs.scenario;

import java.util.List;
import java.util.Map;

/**
 * A lab (DESIGN §6): what to boot, how every core's kernel is set up, which tasks each core runs,
 * and the breakpoints and narration the visual debugger walks a class through. Read from JSON by
 * {@link ScenarioReader}; the shape is documented in the labs README section and in the shipped
 * labs {@code boot.json} and {@code scheduling.json}.
 *
 * @param name        a short name, e.g. {@code "scheduling"}
 * @param description what the lab shows, for the lecturer
 * @param machine     the cores to release
 * @param kernel      the kernel's settings (every field has a default)
 * @param cores       the tasks of each core that has any
 * @param breakpoints where the debugger stops
 * @param narration   the story, paragraph by paragraph
 */
public record Scenario(String name, String description, MachinePart machine, KernelPart kernel,
                       List<CoreTasks> cores, List<Breakpoint> breakpoints, List<NarrationStep> narration) {
    public Scenario {
        FieldError.name(name, "name");
        description = description == null ? "" : description;
        FieldError.required(machine, "machine", "{\"cores\": [0]} and optionally \"quantum\"");
        kernel = kernel == null ? KernelPart.DEFAULT : kernel;
        cores = nonNull(cores, "cores");
        breakpoints = nonNull(breakpoints, "breakpoints");
        narration = nonNull(narration, "narration");
    }

    private static <T> List<T> nonNull(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            FieldError.required(list.get(i), field + "[" + i + "]", "an object {..}");
        }
        return List.copyOf(list);
    }

    /** The tasks of core {@code pid}, in the order the file lists them; empty if it has none. */
    public List<TaskSpec> tasksOf(int pid) {
        return cores.stream().filter(c -> c.pid() == pid).findFirst().map(CoreTasks::tasks).orElse(List.of());
    }

    /**
     * How core {@code pid}'s kernel switches tasks: its own entry's {@code "switch"} where it has
     * one, else the kernel part's ({@code "hardware"} or {@code "software"}).
     */
    public String switchOf(int pid) {
        return cores.stream().filter(c -> c.pid() == pid && c.switchMode() != null).findFirst()
            .map(CoreTasks::switchMode).orElse(kernel.switchMode());
    }

    /** Whether core {@code pid}'s kernel switches tasks by the processor's task switch. */
    public boolean hardwareSwitch(int pid) {
        return switchOf(pid).equals(KernelPart.HARDWARE);
    }

    /** The semaphores core {@code pid} declares, with the counts they start at, in the file's order. */
    public Map<String, Integer> semaphoresOf(int pid) {
        return cores.stream().filter(c -> c.pid() == pid).findFirst().map(CoreTasks::semaphores).orElse(Map.of());
    }

    /**
     * Whether a task anywhere (a spawned one included) sends, receives, waits at a barrier, takes
     * or frees a LOCK register, mails or waits for mail, or the network task runs (it serves the
     * mailbox): then every core of the lab takes part in messaging.
     */
    public boolean usesMessaging() {
        return kernel.networkTask()
            || cores.stream().flatMap(c -> c.tasks().stream()).anyMatch(t -> usesMessaging(t.steps()));
    }

    private static boolean usesMessaging(List<Step> steps) {
        return steps.stream().anyMatch(step -> step instanceof Step.Messaging
            || step instanceof Step.Spawn spawn && usesMessaging(spawn.steps()));
    }

    /** The same lab with other kernel settings (the command line's overrides). */
    public Scenario withKernel(KernelPart other) {
        return new Scenario(name, description, machine, other, cores, breakpoints, narration);
    }
}
