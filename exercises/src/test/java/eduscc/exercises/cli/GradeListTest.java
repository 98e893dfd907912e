package eduscc.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.resetstub.ResetStubExercise;
import eduscc.labs.cli.UsageError;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eduscc grade} without an exercise, {@code grade all}, and the grade book they keep. These
 * tests run in the student edition too, whatever the student has written so far; those that grade
 * the kit's reference are in {@link GradeReferenceTest}.
 */
class GradeListTest {
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

    private String lineOf(String exercise) {
        return out().lines().filter(l -> l.startsWith("  " + exercise + " ")).findFirst().orElse("no line for " + exercise);
    }

    @Test
    void everyExerciseIsListedAndTheListSaysWhereTheGradesAreKept() {
        assertEquals(0, run());
        assertTrue(out().startsWith("eduSCC exercises (the last gradings are kept in " + book().file() + "):\n"), out());
        for (String exercise : GradeCommand.EXERCISES) {
            assertTrue(out().contains("\n  " + exercise + " "), "every exercise is listed, " + exercise + " too: " + out());
        }
        assertTrue(out().endsWith("Grade one with ./eduscc grade NAME, every one with ./eduscc grade all.\n"), out());
    }

    /** Two made-up exercises: one whose class still has its starter's two TODOs, one with none left. */
    private String listed() {
        GradeCommand.Grader never = (className, graded, limits) -> {
            throw new AssertionError("listing grades nothing");
        };
        List<GradeCommand.Exercise> exercises = List.of(
            new GradeCommand.Exercise("untouched", "h", Untouched.class.getName(), "Untouched", "k", "k", never),
            new GradeCommand.Exercise("written", "h", Written.class.getName(), "Written", "k", "k", never));
        new GradeOverview(new PrintStream(out, true, StandardCharsets.UTF_8), book(), exercises).list(false);
        return String.join("\n", out().lines().skip(1).limit(exercises.size()).toList());
    }

    @Test
    void aClassWithItsTodosThatWasNeverGradedIsNotStarted() {
        assertEquals(String.join("\n",
            "  untouched  not started      2 TODOs left in Untouched",
            "  written    not graded yet"), listed());
    }

    @Test
    void aGradedClassShowsItsPointsAndWhetherItChangedSince() {
        book().record(GradeReport.of("untouched", "Untouched", List.of(new CheckResult("a", 10, 10, true, "")), ""),
            StarterMarks.of(Untouched.class.getName()).fingerprint());
        book().record(GradeReport.of("written", "Written", List.of(new CheckResult("a", 10, 0, false, "no")), ""),
            "the fingerprint of an older Written");
        assertEquals(String.join("\n",
            "  untouched  10/10 points     passed; 2 TODOs left in Untouched",
            "  written    0/10 points      Written changed since: grade it again"), listed());
    }

    /** The reset stub is assembly: its TODOs are comments, and the list names the file. */
    @Test
    void theResetStubsStarterIsNotStartedWithItsTodoComments() {
        StarterMarks marks = StarterMarks.of(ResetStubExercise.STUDENT_STUB);
        assertEquals("TODO load GDTR from gdt_pointer (mind the 24-bit trap and which segment addresses it)",
            marks.todos().get(0));
        assertEquals(12, marks.todos().size(), marks.todos().toString());
        assertEquals(0, run());
        assertEquals("  reset-stub      not started      12 TODOs left in student-reset.asm", lineOf("reset-stub"));
    }

    @Test
    void gradingTheStudentsClassKeepsItsPointsAndTheListShowsThem() {
        int code = run("ready-queues");
        GradeBook.Entry kept = book().last("ready-queues");
        String total = out().lines().filter(l -> l.startsWith("  total: ")).findFirst().orElseThrow();
        assertEquals("  total: " + kept.earned() + "/" + kept.possible() + " points", total);
        assertEquals(code == 0, kept.passed());
        assertEquals(StarterMarks.of(GradeCommand.ALL.get(0).studentClass()).fingerprint(), kept.fingerprint());
        assertTrue(out().contains("  (kept in " + book().file() + "; ./eduscc grade lists every exercise)\n"), out());

        out.reset();
        assertEquals(0, run());
        assertTrue(lineOf("ready-queues").matches("  ready-queues +" + kept.earned() + "/100 points.*"), out());
    }

    @Test
    void theSummaryOfGradeAllListsEachExerciseAndTheTotal() {
        CheckResult passed = new CheckResult("one check", 10, 10, true, "");
        CheckResult failed = new CheckResult("one check", 10, 0, false, "no");
        List<GradeReport> reports = List.of(
            GradeReport.of("ready-queues", "x", List.of(passed), ""),
            GradeReport.of("page-faults", "y", List.of(failed), ""),
            GradeReport.of("messaging", "z", List.of(passed), "your code ended the JVM"));
        new GradeOverview(new PrintStream(out, true, StandardCharsets.UTF_8), book(), GradeCommand.ALL)
            .summary(reports, true);
        assertEquals(String.join("\n",
            "eduSCC grade all: 3 exercises",
            "  ready-queues    10/10  passed",
            "  page-faults      0/10  FAILED",
            "  messaging       10/10  FAILED: your code ended the JVM",
            "  total           20/30  1 of 3 passed",
            "  (kept in " + book().file() + ")", ""), out());
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertEquals("--class grades one exercise: grade all grades each exercise's own class",
            usageError("all", "--class", "some.Submission"));
        assertTrue(usageError("--reference").startsWith("grade needs an exercise, or all, to grade: ready-queues, "));
        assertTrue(usageError("ready-queue").endsWith(" (or all)"));
    }

    @Test
    void aGradeBookThatIsNotJsonIsNamedInTheError() throws Exception {
        Files.createDirectories(book().file().getParent());
        Files.writeString(book().file(), "{ not json");
        assertEquals(1, run());
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("eduscc grade: the grade book " + book().file() + " is not one eduscc grade wrote ("),
            said);
        assertTrue(said.endsWith("); delete it and grade again\n"), said);
    }

    private String usageError(String... args) {
        try {
            run(args);
        } catch (UsageError e) {
            return e.getMessage();
        }
        return "no usage error";
    }
}

/** A starter as shipped: its two methods still throw their TODOs. */
final class Untouched {
    int first() {
        throw new UnsupportedOperationException("TODO first: answer 1");
    }

    int second() {
        throw new UnsupportedOperationException("TODO second: answer 2");
    }
}

/** A starter whose TODOs are all written. */
final class Written {
    int first() {
        return 1;
    }
}
