package eduscc.exercises.readyqueues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eduscc.exercises.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Submissions that try to fool or crash the grader, each graded through {@code eduscc grade
 * ready-queues --class FIXTURE}: the verdict and the exit code are the grader's, whatever the
 * code under test prints, exits with, inspects or overwrites.
 */
class HostileSubmissionsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int exitCode;

    /** Grades a fixture of this package with {@code --json}; returns the report. */
    private JsonNode grade(Class<?> fixture, String... options) throws Exception {
        String text = gradeText(fixture, append(options, "--json"));
        return new ObjectMapper().readTree(text);
    }

    private String gradeText(Class<?> fixture, String... options) {
        List<String> args = new ArrayList<>(List.of("grade", "ready-queues", "--class", fixture.getName()));
        args.addAll(List.of(options));
        exitCode = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String[] append(String[] options, String option) {
        List<String> all = new ArrayList<>(List.of(options));
        all.add(option);
        return all.toArray(String[]::new);
    }

    private static Map<String, Integer> earned(JsonNode report) {
        Map<String, Integer> points = new TreeMap<>();
        report.get("checks").forEach(c -> points.put(c.get("name").asText(), c.get("earned").asInt()));
        return points;
    }

    private static String message(JsonNode report, int check) {
        return report.get("checks").get(check).get("message").asText();
    }

    @Test
    void aCorrectSolutionPassesWithExitCodeZero() throws Exception {
        JsonNode report = grade(SolvedReadyQueues.class);
        assertEquals(100, report.get("earned").asInt(), report.toString());
        assertEquals("", report.get("problem").asText());
        assertEquals(0, exitCode);
    }

    @Test
    void aWrongSolutionFailsWithExitCodeOne() throws Exception {
        JsonNode report = grade(ForgetsTheBit.Bit.class);
        assertEquals(ReadyQueuesGradeTest.forgetsTheBit(), earned(report));
        assertEquals(1, exitCode);
    }

    @Test
    void systemExitZeroStopsTheGradingAndFails() throws Exception {
        JsonNode report = grade(ExitsWhenCalled.class);
        assertEquals("your code ended the JVM that runs it with exit code 0 during check 'FIFO order within a"
            + " priority' (System.exit, Runtime.halt or a crash), which a submission must not do",
            report.get("problem").asText());
        assertEquals(0, report.get("earned").asInt());
        assertEquals("not run: grading stopped (see below)", message(report, 6));
        assertEquals(1, exitCode);
    }

    @Test
    void aShutdownHookThatPrintsAFullGradeIsNeitherShownNorBelieved() {
        String text = gradeText(ForgesWithAShutdownHook.class);
        assertFalse(text.contains("100/100"), text);
        assertTrue(text.contains("  [10/10] ok   FIFO order within a priority\n"), text);
        assertTrue(text.contains("  [20/20] ok   bitmap set and clear\n"), text);
        assertTrue(text.contains("  FAILED: your code ended the JVM that runs it with exit code 0 during check 'msb uses"
            + " one BSR'"), text);
        assertTrue(text.endsWith("  total: 30/100 points\n"), text);
        assertEquals(1, exitCode);
    }

    @Test
    void aForgedVerdictPrintedOnEveryCallIsIgnored() {
        String text = gradeText(PrintsAForgedVerdict.class);
        assertFalse(text.contains("forged"), text);
        assertTrue(text.contains("  [ 0/10] FAIL msb uses one BSR\n"), text);
        assertTrue(text.endsWith("  total: 90/100 points\n"), text);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, exitCode);
    }

    @Test
    void detectingTheGraderFindsNothingToDetectSoTheRealBehaviourIsGraded() throws Exception {
        JsonNode report = grade(DetectsTheGrader.class);
        assertEquals("first dequeue(8) after enqueueing t1, t2, t3: expected t1, got t3", message(report, 0));
        assertTrue(message(report, 6).startsWith("task switch "), message(report, 6));
        assertEquals(1, exitCode);
    }

    @Test
    void delegatingToTheKitsReadyQueuesIsReportedAsSuch() throws Exception {
        JsonNode report = grade(DelegatesToTheKit.class);
        assertEquals("your submission uses the kit's own implementation instead of your code: the code of "
            + DelegatesToTheKit.class.getName() + " names eduscc.kernel.sched.ReadyQueues", report.get("problem").asText());
        assertEquals(0, report.get("earned").asInt());
        assertEquals(1, exitCode);
    }

    @Test
    void reachingTheKitByReflectionIsFoundInTheQueuesFields() throws Exception {
        JsonNode report = grade(ReachesTheKitByReflection.class);
        assertEquals("your submission uses the kit's own implementation instead of your code: the queue.hidden is the kit's"
            + " eduscc.kernel.sched.ReadyQueues", report.get("problem").asText());
        assertEquals(0, report.get("earned").asInt());
        assertEquals(1, exitCode);
    }

    @Test
    void overwritingTheGradersFieldsByReflectionChangesNothing() throws Exception {
        JsonNode report = grade(TampersWithTheGrader.class);
        assertEquals(ReadyQueuesGradeTest.forgetsTheBit(), earned(report));
        assertEquals("", report.get("problem").asText());
        assertEquals(1, exitCode);
    }

    @Test
    void replacingThePluginTheLabRunsWithStopsTheGrading() throws Exception {
        JsonNode report = grade(SwapsThePlugin.class);
        assertEquals("your code replaced the ready-queue plug-in 'student', so that the lab would not run with it"
            + " (during check 'FIFO order within a priority')", report.get("problem").asText());
        assertEquals(1, exitCode);
    }

    @Test
    void aFourGigabyteStaticAllocationFailsEveryCheckWithOutOfMemory() throws Exception {
        JsonNode report = grade(HogsMemory.class);
        assertEquals(0, report.get("earned").asInt());
        assertTrue(message(report, 0).startsWith("OutOfMemoryError: Java heap space (at HogsMemory.<clinit>"),
            message(report, 0));
        assertTrue(message(report, 0).endsWith("(the JVM that runs your code has 256 MB of heap; grade --heap-mb"
            + " changes it)"), message(report, 0));
        for (int check = 1; check < 6; check++) {
            assertTrue(message(report, check).startsWith("NoClassDefFoundError"), message(report, check));
        }
        assertEquals(1, exitCode);
    }

    @Test
    void aThreadBombIsStoppedAtTheThreadLimit() throws Exception {
        JsonNode report = grade(ThreadBomb.class);
        assertTrue(report.get("problem").asText().matches("your code left \\d+ threads running; at most 32 may run"
            + " besides the grader's \\(grade --max-threads changes it\\) \\(during check 'FIFO order within a"
            + " priority'\\)"), report.get("problem").asText());
        assertEquals(0, report.get("earned").asInt());
        assertEquals(1, exitCode);
    }

    @Test
    void aCheckThatHangsFailsAtTheTimeLimitAndTheNextCheckStillRuns() throws Exception {
        JsonNode report = grade(HangsOnRarePriorities.class, "--check-seconds", "5");
        assertEquals("did not finish within 5 s: an endless loop, or a wait that never ends? (the grader stopped the"
            + " JVM that ran it; grade --check-seconds changes the limit)", message(report, 5));
        assertEquals(80, report.get("earned").asInt(), report.toString());
        assertTrue(report.get("checks").get(6).get("passed").asBoolean());
        assertEquals(1, exitCode);
    }
}
