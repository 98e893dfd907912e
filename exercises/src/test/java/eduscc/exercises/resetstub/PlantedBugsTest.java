package eduscc.exercises.resetstub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.labs.scenario.Replay;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every check catches its mistake, and only its own: each stub of {@link PlantedBugs} runs on a
 * core here, in this JVM (the grader's child JVM judges the same way, as
 * {@link ResetStubGradeTest} shows), and is judged on all seven checks.
 */
class PlantedBugsTest {
    private static InProcessGrader grader;

    @TempDir
    static Path folder;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(ResetStubExercise.NAME, ResetStubExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    static Map<String, String> failures(PlantedBugs bug) {
        return failures(bug.write(folder).toString());
    }

    private static Map<String, String> failures(String stub) {
        List<ObservedCheck> checks = ResetStubExercise.checks(new StubUnderTest(stub));
        return grader.failures(checks);
    }

    private static String why(PlantedBugs bug, int check) {
        return failures(bug).get(grader.reference().get(check).name());
    }

    @ParameterizedTest(name = "{0} loses its check alone")
    @EnumSource(value = PlantedBugs.class, names = {"STOPS_SHORT_OF_THE_KERNEL", "GDT_LIMIT_OFF_BY_ONE",
        "EXECUTE_ONLY_CODE", "FORGETS_FS_AND_GS", "FORGETS_THE_STACK", "HEADER_MAGIC", "FORGETS_THE_BOOT_INFO"})
    void eachPlantedMistakeLosesExactlyItsCheck(PlantedBugs bug) {
        Map<String, String> failed = failures(bug);
        assertEquals(List.of(grader.reference().get(bug.check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void everyCheckHasItsPlantedMistake() {
        for (int check = 0; check < grader.reference().size(); check++) {
            int c = check;
            assertTrue(List.of(PlantedBugs.values()).stream().anyMatch(b -> b.check == c), "check " + check);
        }
    }

    @Test
    void aCorrectStubWrittenDifferentlyPassesEveryCheck() {
        assertEquals(Map.of(), failures("eduscc/exercises/resetstub/solved-reset.asm"));
    }

    @Test
    void theMessagesSayWhatTheCoreWasLeftWith() {
        assertEquals("how the core's run from the reset vector ended: expected reached the kernel's entry at 0x00100010,"
            + " got the core halted at 0xFFFFF03D, before the kernel's entry", why(PlantedBugs.STOPS_SHORT_OF_THE_KERNEL, 0));
        assertEquals("GDTR.limit (the offset of the GDT's last byte): expected 0x0017, got 0x0018",
            why(PlantedBugs.GDT_LIMIT_OFF_BY_ONE, 1));
        assertEquals("CS: the descriptor the processor cached: expected base 0x00000000 limit 0xFFFFFFFF 32-bit (D/B=1)"
            + " code, readable ring 0, got base 0x00000000 limit 0xFFFFFFFF 32-bit (D/B=1) code, execute-only ring 0",
            why(PlantedBugs.EXECUTE_ONLY_CODE, 2));
        assertEquals("FS: its selector: expected 0x0010, got 0x0000", why(PlantedBugs.FORGETS_FS_AND_GS, 3));
        assertEquals("ESP when the stub handed over: expected 0x00090000, got 0x00008000",
            why(PlantedBugs.FORGETS_THE_STACK, 4));
        assertEquals("EAX when the stub handed over: expected 0x2BADB002, got 0x1BADB002", why(PlantedBugs.HEADER_MAGIC, 5));
        assertEquals("EBX when the stub handed over: expected 0x00009000, got 0x00000000",
            why(PlantedBugs.FORGETS_THE_BOOT_INFO, 6));
    }

    @Test
    void withoutTheFarJumpCsKeepsItsRealModeCacheAndTheKernelIsNeverReached() {
        Map<String, String> failed = failures(PlantedBugs.FORGETS_THE_FAR_JUMP);
        assertTrue(failed.containsKey(grader.reference().get(0).name()), failed.toString());
        assertEquals("CS: its selector: expected 0x0008, got 0xF000", failed.get(grader.reference().get(2).name()));
    }

    @Test
    void aSixteenBitLgdtEndsInATripleFault() {
        String why = why(PlantedBugs.SIXTEEN_BIT_LGDT, 0);
        assertTrue(why.startsWith("how the core's run from the reset vector ended: expected reached the kernel's entry"
            + " at 0x00100010, got the core shut down with a triple fault at "), why);
    }

    @Test
    void aStubThatSpinsIsStoppedAndSaidToLoop() {
        assertEquals("how the core's run from the reset vector ended: expected reached the kernel's entry at 0x00100010,"
            + " got the core was still running at 0xFFFFF03C after 1000000 cycles without reaching the kernel's entry:"
            + " an endless loop?", why(PlantedBugs.SPINS_FOR_EVER, 0));
    }

    /** The replay the grader writes for {@code check} with {@code bug}'s stub; null for none. */
    private static Replay replay(PlantedBugs bug, int check) {
        return grader.replay(ResetStubExercise.checks(new StubUnderTest(bug.write(folder).toString())), check);
    }

    private static Replay boot(int check, String stopAt, String expected, String actual) {
        return new Replay("reset-stub", grader.reference().get(check).name(), "boot", Replay.Plugins.resetStub("student"),
            stopAt, expected, actual);
    }

    @Test
    void aStubThatReachesTheKernelWithAWrongValueReplaysTheBootLabAtTheKernelsEntry() {
        assertEquals(boot(4, "JavaEntry:1", "0x00090000", "0x00008000"), replay(PlantedBugs.FORGETS_THE_STACK, 4));
        assertEquals(boot(1, "JavaEntry:1", "0x0017", "0x0018"), replay(PlantedBugs.GDT_LIMIT_OFF_BY_ONE, 1));
        assertEquals(boot(3, "JavaEntry:1", "0x0010", "0x0000"), replay(PlantedBugs.FORGETS_FS_AND_GS, 3));
    }

    @Test
    void aStubThatHaltsReplaysAtTheHaltAndOneThatShutsDownAtTheTripleFault() {
        assertEquals(boot(0, "Halt:1", "reached the kernel's entry at 0x00100010",
            "the core halted at 0xFFFFF03D, before the kernel's entry"), replay(PlantedBugs.STOPS_SHORT_OF_THE_KERNEL, 0));
        Replay fault = replay(PlantedBugs.SIXTEEN_BIT_LGDT, 0);
        assertEquals("TripleFault:1", fault.stopAt(), fault.toString());
        assertTrue(fault.actual().startsWith("the core shut down with a triple fault at "), fault.actual());
        Replay cs = replay(PlantedBugs.FORGETS_THE_FAR_JUMP, 2);
        assertEquals("TripleFault:1", cs.stopAt(), "32-bit code run as 16-bit code ends in a triple fault");
        assertEquals("0x0008", cs.expected());
        assertEquals("0xF000", cs.actual());
    }

    @Test
    void aStubThatLoopsOrDoesNotAssembleHasNoReplay() {
        assertEquals(null, replay(PlantedBugs.SPINS_FOR_EVER, 0));
        assertEquals(null, replay(PlantedBugs.DOES_NOT_ASSEMBLE, 0));
        assertEquals(null, replay(PlantedBugs.DOES_NOT_ASSEMBLE, 4));
    }

    @Test
    void aStubThatDoesNotAssembleFailsEveryCheckWithTheFileAndLine() {
        Path file = PlantedBugs.DOES_NOT_ASSEMBLE.write(folder);
        Map<String, String> failed = failures(file.toString());
        assertEquals(grader.reference().size(), failed.size());
        for (String why : failed.values()) {
            assertEquals("NotAssembled: " + file + ":30: undefined label 'cr9'", why);
        }
    }
}
