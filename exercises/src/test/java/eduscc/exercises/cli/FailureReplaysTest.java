package eduscc.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.ReplayFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grading's failed lab checks become replay files, numbered as the report lists the checks, and stale ones go. */
class FailureReplaysTest {
    private static final Replay AT_TICK_3 = new Replay("ready-queues", "lab", "scheduling",
        Replay.Plugins.readyQueues("student"), "tick:3", "t2 at tick 3", "t1 at tick 3");

    @BeforeAll
    static void theCommandLineRegistersTheStudentsPlugins() {
        Main.registerStudentPlugins();
    }

    @Test
    void eachFailedCheckWithAReplayGetsAFileNamedByItsNumber(@TempDir Path dir) {
        GradeReport report = GradeReport.of("ready-queues", "test", List.of(
            new CheckResult("unit", 10, 10, true, ""),
            new CheckResult("other unit", 10, 0, false, "wrong"),
            new CheckResult("lab", 15, 0, false, "task switch 2: expected t2, got t1", AT_TICK_3)), "");
        Map<Integer, Path> written = FailureReplays.write(report, dir);
        Path file = dir.resolve("ready-queues-check3.json");
        assertEquals(Map.of(2, file), written);
        assertEquals(AT_TICK_3, ReplayFile.read(file));
        assertEquals("./eduscc gui --replay " + file, FailureReplays.command(file));
    }

    @Test
    void aCheckThatPassesNowLeavesNoReplayOfAnEarlierGrading(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ready-queues-check7.json"), "{}");
        Files.writeString(dir.resolve("page-faults-check1.json"), "{}");
        GradeReport passed = GradeReport.of("ready-queues", "test", List.of(new CheckResult("lab", 15, 15, true, "")), "");
        assertTrue(FailureReplays.write(passed, dir).isEmpty());
        assertFalse(Files.exists(dir.resolve("ready-queues-check7.json")));
        assertTrue(Files.exists(dir.resolve("page-faults-check1.json")), "another exercise's replays stay");
    }
}
