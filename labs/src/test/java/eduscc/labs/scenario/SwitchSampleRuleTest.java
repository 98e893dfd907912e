package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A core's switchSamples steps: exactly two tasks, with equal counts, and errors that name the field. */
class SwitchSampleRuleTest {
    private static String lab(String tasks) {
        return "{\"name\": \"s\", \"machine\": {\"cores\": [0]}, \"cores\": [{\"pid\": 0, \"tasks\": [" + tasks + "]}]}";
    }

    private static String task(String name, int count) {
        return "{\"name\": \"" + name + "\", \"priority\": 16, \"steps\": [{\"type\": \"switchSamples\", \"count\": "
            + count + "}]}";
    }

    private static String error(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json", json)).getMessage();
    }

    @Test
    void twoTasksWithEqualCountsSample() {
        Scenario lab = ScenarioReader.parse("lab.json", lab(task("a", 5) + "," + task("b", 5)));
        assertEquals(List.of(new Step.SwitchSamples(5)), lab.tasksOf(0).get(1).steps());
    }

    @Test
    void oneTaskAloneWouldWatchAWordNobodyWrites() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0]: core 0: the switch-sampling loop needs exactly two tasks"
            + " (each watches the other's TSC word), found 1: a", error(lab(task("a", 5))));
    }

    @Test
    void aThirdTaskIsNamed() {
        assertEquals("lab.json: cores[0].tasks[2].steps[0]: core 0: the switch-sampling loop needs exactly two tasks"
            + " (each watches the other's TSC word), found 3: a, b, c",
            error(lab(task("a", 5) + "," + task("b", 5) + "," + task("c", 5))));
    }

    @Test
    void unequalCountsAreNamed() {
        assertEquals("lab.json: cores[0].tasks[1].steps[0].count: core 0: both sampling tasks take the core's samples"
            + " together, so their counts must be equal; \"a\" asks for 5, \"b\" for 6",
            error(lab(task("a", 5) + "," + task("b", 6))));
    }

    @Test
    void aCountOutOfRangeIsNamed() {
        assertEquals("lab.json: cores[0].tasks[0].steps[0].count: must be 1..10000, got 0",
            error(lab(task("a", 0) + "," + task("b", 0))));
    }
}
