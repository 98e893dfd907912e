package eduscc.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eduscc.exercises.edition.EditionPlan;
import eduscc.exercises.grading.ReferenceRecording;
import eduscc.exercises.messaging.MessagingLabs;
import eduscc.labs.cli.UsageError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eduscc edition student DIR}, made once from this kit into a temporary folder: the answers
 * are gone (not one line of the kit's answer files is left anywhere in it), the instructor-only
 * files are left out, the student's starters and the graders' recordings are in. That the edition
 * also builds and passes its own tests is checked by building it (see the report of issue 14: too
 * slow for a unit test, about two minutes).
 */
class EditionCommandTest {
    @TempDir
    static Path dir;
    static Path edition;
    static Path kit;
    static EditionPlan plan;
    static int code;
    static String said;

    @BeforeAll
    static void makeTheEdition() {
        kit = KitFolder.find();
        plan = EditionPlan.read(kit, GradeCommand.EXERCISES);
        edition = dir.resolve("student");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        code = new EditionCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, kit)
            .run(List.of("student", edition.toString()));
        said = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theEditionIsWrittenAndSaysWhere() {
        assertEquals(0, code, said);
        assertTrue(said.startsWith("eduSCC student edition written to " + edition + "\n"), said);
        assertTrue(Files.isExecutable(edition.resolve("eduscc")), "the launcher stays executable");
        assertTrue(Files.isRegularFile(edition.resolve("pom.xml")));
    }

    @Test
    void everyAnswerFileIsReplacedByItsHandOver() throws IOException {
        assertFalse(plan.replacements().isEmpty());
        for (Map.Entry<String, Path> r : plan.replacements().entrySet()) {
            assertEquals(Files.readString(r.getValue()), Files.readString(edition.resolve(r.getKey())),
                r.getKey() + " in the edition is the plan's " + r.getValue().getFileName());
            assertTrue(Files.readString(edition.resolve(r.getKey())).contains("STUDENT EDITION."), r.getKey());
        }
    }

    /**
     * Every run of three code lines of an answer file that neither its hand-over nor a starter has
     * (the answer itself, not the constructor a starter is given too) is in no source file of the edition: not in the kernel, not in a solved or planted-bug
     * fixture. Three lines in a row, because a single line ("int frame = frames.allocate();") is
     * common kernel code; three make the answer's own steps. The same search finds the answers in
     * the instructor edition's fixtures, so it does look.
     */
    @Test
    void noRunOfAnyAnswersLinesIsLeftInTheEdition() throws IOException {
        List<String> given = new ArrayList<>();
        for (GradeCommand.Exercise exercise : GradeCommand.ALL) {
            given.addAll(runs(Files.readString(kit.resolve(starter(exercise)))));
        }
        List<String> answer = new ArrayList<>();
        for (Map.Entry<String, Path> r : plan.replacements().entrySet()) {
            List<String> handOver = runs(Files.readString(r.getValue()));
            runs(Files.readString(kit.resolve(r.getKey()))).stream()
                .filter(run -> !handOver.contains(run) && !given.contains(run)).forEach(answer::add);
        }
        assertTrue(answer.size() > 40, "the answers have many lines of their own: " + answer);
        assertFalse(runsFoundIn(kit.resolve("exercises/src/test"), answer).isEmpty(),
            "the instructor edition's solved fixtures hold the answers");
        assertEquals(List.of(), runsFoundIn(edition, answer), "runs of the kit's answers left in the student edition");
    }

    private static List<String> runsFoundIn(Path tree, List<String> answer) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> runs = runs(Files.readString(file));
                answer.stream().filter(runs::contains).forEach(run -> found.add(tree.relativize(file) + ": " + run));
            }
        }
        return found;
    }

    /** Each three code lines in a row of a Java source (stripped; comments, imports and lone braces left out). */
    private static List<String> runs(String source) {
        List<String> code = source.lines().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("*") && !l.startsWith("/") && !l.startsWith("import ")
                && !l.startsWith("@") && !l.equals("}") && !l.equals("{"))
            .toList();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + 3 <= code.size(); i++) {
            runs.add(String.join(" | ", code.subList(i, i + 3)));
        }
        return runs;
    }

    @Test
    void instructorOnlyFilesAreLeftOutAndTheStartersAreIn() throws IOException {
        for (String gone : List.of("exercises/src/test/java/eduscc/exercises/readyqueues/SolvedReadyQueues.java",
            "exercises/src/test/java/eduscc/exercises/pagefaults/SolvedPageFaults.java",
            "exercises/src/test/java/eduscc/exercises/readyqueues/ForgetsTheBit.java",
            "kernel/src/test/java/eduscc/kernel/sched/ForgetfulReadyQueue.java",
            "labs/src/test/java/eduscc/labs/run/ForgetfulQueue.java",
            "exercises/edition/kit.json",
            "docs/course/answers/README.md",
            "exercises/src/test/java/eduscc/exercises/cli/EditionCommandTest.java")) {
            assertFalse(Files.exists(edition.resolve(gone)), gone + " is instructor-only");
        }
        for (GradeCommand.Exercise exercise : GradeCommand.ALL) {
            String starter = starter(exercise);
            assertEquals(Files.readString(kit.resolve(starter)), Files.readString(edition.resolve(starter)),
                "the starter of " + exercise.name() + " is in the edition as the kit has it");
            assertTrue(Files.isRegularFile(edition.resolve(exercise.handout())), exercise.handout());
        }
        assertTrue(Files.isRegularFile(edition.resolve("docs/course/README.md")), "the course plan is for students too");
        assertTrue(Files.isRegularFile(edition.resolve("exercises/src/test/java/eduscc/exercises/cli/GradeListTest.java")),
            "the tests that need no reference stay");
        assertFalse(Files.exists(edition.resolve(".eduscc")), "no grade book travels");
    }

    private static String starter(GradeCommand.Exercise exercise) {
        if (exercise.studentClass().endsWith(".asm")) {
            return "exercises/src/main/resources/" + exercise.studentClass();
        }
        return "exercises/src/main/java/" + exercise.studentClass().replace('.', '/') + ".java";
    }

    @Test
    void theReadmeSaysWhatToDoFirst() throws IOException {
        String readme = Files.readString(edition.resolve("README.md"));
        assertTrue(readme.startsWith("# eduSCC, student edition\n\n**First:** open a terminal in this folder and run\n\n"
            + "    ./eduscc grade\n"), readme);
    }

    @Test
    void everyGraderGetsTheRecordingOfTheKitsReference() throws IOException {
        for (GradeCommand.Exercise exercise : GradeCommand.ALL) {
            Path file = edition.resolve("exercises/src/main/resources/" + ReferenceRecording.FOLDER + exercise.name()
                + ".json");
            JsonNode recording = new ObjectMapper().readTree(file.toFile());
            assertEquals(exercise.name(), recording.get("exercise").asText());
            assertTrue(recording.get("checks").size() > 0, exercise.name());
            for (JsonNode check : recording.get("checks")) {
                assertEquals(check.get("labels").size(), check.get("values").size(), check.get("name").asText());
            }
        }
        JsonNode labs = new ObjectMapper().readTree(edition.resolve("exercises/src/main/resources/"
            + ReferenceRecording.FOLDER + MessagingLabs.NAME + ".json").toFile());
        assertEquals(MessagingLabs.LABS.size(), labs.get("checks").size(),
            "messaging's replays compare the labs with the kit's runs as recorded, not with the edition's own gory layer");
        assertFalse(ReferenceRecording.isRecorded(GradeCommand.EXERCISES.get(0)),
            "the instructor edition grades against its live reference");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() throws IOException {
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int refused = new EditionCommand(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), kit)
            .run(List.of("student", full.toString()));
        assertEquals(1, refused);
        assertEquals("eduscc edition: " + full + " is not an empty folder: the student edition goes into a new one\n",
            err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theStudentEditionCannotMakeAnother() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int refused = new EditionCommand(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), edition)
            .run(List.of("student", dir.resolve("again").toString()));
        assertEquals(1, refused);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("it is not the instructor edition of the kit"),
            err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badCommandLinesAreUsageErrors() {
        EditionCommand command = new EditionCommand(System.out, System.err, kit);
        assertEquals("no edition named 'instructor': the kit writes the student edition (edition student DIR);"
            + " the instructor edition is the kit itself", usageError(command, "instructor"));
        assertEquals("edition student takes one folder to write the edition into, got none",
            usageError(command, "student"));
    }

    private static String usageError(EditionCommand command, String... args) {
        try {
            command.run(List.of(args));
        } catch (UsageError e) {
            return e.getMessage();
        }
        return "no usage error";
    }
}
