package eduscc.labs.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule for a core's {@code switchSamples} steps: the benchmark's loop compares two TSC words,
 * so either no task of the core takes the step or exactly two do (spawned ones included), and
 * both ask for the same number of samples, which the core takes once between them.
 */
final class SwitchSampleRule {
    /** One task's switchSamples step: where it is in the file, and its count. */
    private record Sampling(String task, String at, int count) { }

    private SwitchSampleRule() {
    }

    static void check(String file, String coreAt, CoreTasks core) {
        List<Sampling> found = new ArrayList<>();
        for (int t = 0; t < core.tasks().size(); t++) {
            collect(core.tasks().get(t), coreAt + ".tasks[" + t + "]", found);
        }
        if (found.isEmpty()) {
            return;
        }
        if (found.size() != 2) {
            throw new ScenarioException(file, found.get(found.size() == 1 ? 0 : 2).at(), "core " + core.pid()
                + ": the switch-sampling loop needs exactly two tasks (each watches the other's TSC word), found "
                + found.size() + ": " + String.join(", ", found.stream().map(Sampling::task).toList()));
        }
        if (found.get(0).count() != found.get(1).count()) {
            throw new ScenarioException(file, found.get(1).at() + ".count", "core " + core.pid() + ": both sampling"
                + " tasks take the core's samples together, so their counts must be equal; \"" + found.get(0).task()
                + "\" asks for " + found.get(0).count() + ", \"" + found.get(1).task() + "\" for " + found.get(1).count());
        }
    }

    /** Every task of {@code task}'s tree that has a switchSamples step (a task counts once). */
    private static void collect(TaskSpec task, String at, List<Sampling> found) {
        boolean counted = false;
        for (int k = 0; k < task.steps().size(); k++) {
            Step step = task.steps().get(k);
            if (step instanceof Step.SwitchSamples samples && !counted) {
                counted = true;
                found.add(new Sampling(task.name(), at + ".steps[" + k + "]", samples.count()));
            } else if (step instanceof Step.Spawn spawn) {
                collect(spawn.task(), at + ".steps[" + k + "]", found);
            }
        }
    }
}
