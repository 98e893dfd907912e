package eduscc.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.labs.scenario.ComparedPart;
import eduscc.labs.scenario.ShippedLabs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A failed check with no replay file (a unit check) points to the lab that shows the exercise's
 * part beside the kit's; each such lab is shipped and takes the student's part.
 */
class CompareLabsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final GradeCommand command = new GradeCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @Test
    void everyExerciseButSyscallAndMessagingHasAShippedLabThatComparesItsPart() {
        Main.registerStudentPlugins();
        for (String exercise : GradeCommand.EXERCISES) {
            Optional<String> lab = CompareLabs.lab(exercise);
            if (exercise.equals("syscall") || exercise.equals("messaging")) {
                assertEquals(Optional.empty(), lab, exercise + ": no lab makes the calls, or the grader compares its labs");
                continue;
            }
            assertTrue(lab.isPresent(), exercise);
            assertTrue(ShippedLabs.NAMES.contains(lab.get()), exercise + ": " + lab.get());
            ComparedPart compared = ComparedPart.of(ShippedLabs.load(lab.get()), "student", exercise);
            assertEquals(ComparedPart.part(exercise).words(), compared.part(), exercise);
        }
    }

    @Test
    void aFailedUnitCheckNamesTheCompareCommand() {
        command.printCompareHint(report("ready-queues", List.of(passed(), failed())), Map.of());
        assertEquals("  watch your code beside the kit's in a lab (the first difference is marked): "
            + "./eduscc gui scheduling --compare student --part ready-queues\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedCheckWithItsReplayOrNoFailureNamesNothing() {
        command.printCompareHint(report("ready-queues", List.of(passed(), failed())), Map.of(1, Path.of("r.json")));
        command.printCompareHint(report("sleep", List.of(passed())), Map.of());
        command.printCompareHint(report("syscall", List.of(failed())), Map.of());
        command.printCompareHint(report("messaging", List.of(failed())), Map.of());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private static GradeReport report(String exercise, List<CheckResult> checks) {
        return GradeReport.of(exercise, "Student (your code)", checks, "");
    }

    private static CheckResult passed() {
        return new CheckResult("a check that passes", 10, 10, true, "");
    }

    private static CheckResult failed() {
        return new CheckResult("a unit check", 10, 0, false, "expected 1, got 2");
    }
}
