package eduscc.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade all} and the grade book with the kit's reference: instructor-only, since the student
 * edition has no reference to grade (its {@code --reference} is refused).
 */
class GradeReferenceTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private GradeBook book() {
        return new GradeBook(dir.resolve(".eduscc/grades.json"));
    }

    private int run(String... args) {
        return new GradeCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), book()).run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theKitsReferenceIsNotKeptAsTheStudentsGrade() {
        assertEquals(0, run("ready-queues", "--reference"));
        assertNull(book().last("ready-queues"));
        assertTrue(!Files.exists(book().file()), "no book is written for a grading of the reference");
    }

    @Test
    void gradeAllGradesEveryExerciseAndPassesOnlyIfEachDid() {
        assertEquals(0, run("all", "--reference"));
        String table = out().substring(out().indexOf("eduSCC grade all: "));
        assertTrue(table.startsWith("eduSCC grade all: " + GradeCommand.ALL.size() + " exercises\n"), table);
        for (String exercise : GradeCommand.EXERCISES) {
            assertTrue(table.contains("\n  " + exercise + " "), exercise + " is in the table: " + table);
        }
        assertTrue(table.contains(GradeCommand.ALL.size() + " of " + GradeCommand.ALL.size() + " passed\n"), table);
        assertTrue(!table.contains("(kept in"), "the reference's gradings are not kept: " + table);
    }

    @Test
    void gradeAllWithJsonPrintsOneListOfEveryReport() throws Exception {
        assertEquals(0, run("all", "--reference", "--json"));
        JsonNode reports = new ObjectMapper().readTree(out());
        assertEquals(GradeCommand.ALL.size(), reports.size(), out());
        for (int i = 0; i < reports.size(); i++) {
            assertEquals(GradeCommand.EXERCISES.get(i), reports.get(i).get("exercise").asText());
            assertEquals(reports.get(i).get("possible").asInt(), reports.get(i).get("earned").asInt());
        }
    }
}
