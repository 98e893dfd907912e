package eduscc.labs.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A task of a lab: its name (unique on its core), its priority 1..31 (1 low, 8 normal, 16 high, 31
 * realtime) and the steps it runs. A task whose steps run out exits with code 0, as eduOS's
 * {@code leave_kernel_task} does.
 */
public record TaskSpec(String name, Integer priority, List<Step> steps) {
    public static final String IDLE = "idle";

    public TaskSpec {
        FieldError.name(name, "name");
        if (name.equals(IDLE)) {
            throw new FieldError("name", "\"idle\" is the idle task's name; choose another");
        }
        FieldError.required(priority, "priority", "1 (low) .. 8 (normal) .. 16 (high) .. 31 (realtime)");
        FieldError.inRange(priority, 1, 31, "priority");
        steps = steps == null ? List.of() : steps;
        for (int i = 0; i < steps.size(); i++) {
            FieldError.required(steps.get(i), "steps[" + i + "]", "a step such as {\"type\":\"yield\"}");
            if (steps.get(i) instanceof Step.Exit && i != steps.size() - 1) {
                throw new FieldError("steps[" + i + "]", "exit must be the last step: the task never runs the "
                    + (steps.size() - 1 - i) + " step(s) after it");
            }
        }
        steps = List.copyOf(new ArrayList<>(steps));
    }
}
