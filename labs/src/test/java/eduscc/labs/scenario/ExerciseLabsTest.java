package eduscc.labs.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A check's own lab, registered by name, is what a replay of that check names and opens. */
class ExerciseLabsTest {
    private static final String LAB = """
        {"name": "own-check-lab", "machine": {"cores": [0]}, "kernel": {"sleep": "kit"},
         "cores": [{"pid": 0, "tasks": [{"name": "t", "priority": 8, "steps": [{"type": "work", "cycles": 1000}]}]}]}
        """;

    @Test
    void aReplayNamesARegisteredLabAndRunsItWithItsPlugins() {
        ExerciseLabs.register("own-check-lab", () -> ScenarioReader.parse("own-check-lab", LAB));
        Replay replay = ReplayFile.parse("r.json", """
            {"exercise": "sleep", "check": "c", "lab": "own-check-lab", "kernel": {"sleep": "kit"},
             "stopAt": "position:0", "expected": "a", "actual": "b"}
            """);
        assertEquals(ScenarioReader.parse("own-check-lab", LAB), replay.scenario());
        assertEquals(true, ExerciseLabs.names().contains("own-check-lab"));
    }

    @Test
    void anUnknownLabListsTheShippedAndTheExercisesOwn() {
        ExerciseLabs.register("own-check-lab", () -> ScenarioReader.parse("own-check-lab", LAB));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ReplayFile.parse("r.json", """
            {"exercise": "sleep", "check": "c", "lab": "nowhere", "kernel": {},
             "stopAt": "position:0", "expected": "a", "actual": "b"}
            """));
        assertEquals("lab", e.path());
        assertEquals(true, e.getMessage().contains("shipped: boot, interrupts") && e.getMessage().contains(
            "the exercises' own: own-check-lab"), e.getMessage());
    }

    @Test
    void aShippedLabsNameCannotBeTaken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> ExerciseLabs.register("scheduling", () -> ShippedLabs.load("boot")));
        assertEquals("'scheduling' is a shipped lab's name", e.getMessage());
    }
}
