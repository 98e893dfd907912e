package eduscc.exercises.gdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.GdtEncoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check catches its mistake, and only its own: each fixture of {@link PlantedBugs} is judged
 * on all seven checks here, in this JVM (the grader's child JVM judges the same way, as
 * {@link GdtGradeTest} shows for the starter and a few fixtures), and loses exactly one check.
 */
class PlantedBugsTest {
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(GdtExercise.NAME, GdtExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    static Map<String, String> failures(Class<?> fixture) {
        List<ObservedCheck> checks = GdtExercise.checks(GdtExercise.underTest(fixture.getName())::create);
        return grader.failures(checks);
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectEncoderWrittenDifferentlyPassesEveryCheck() {
        assertEquals(Map.of(), failures(SolvedGdt.class));
    }

    @Test
    void theMessagesNameTheBytesAndTheirFields() {
        assertEquals("a 64 KiB 16-bit data segment at 0x12345678, encode(base 0x12345678, limit 0x0FFFF, access 0x92,"
            + " G 0, D/B 0): expected FF FF 78 56 34 92 00 12, got FF FF 78 56 34 92 00 00 (byte 7 (base 31:24) is 00,"
            + " should be 12)", failures(PlantedBugs.ForgetsBase31To24.class).values().iterator().next());
        assertEquals("the first failure of the boot: expected none, got the kernel stopped in boot:"
            + " java.lang.IllegalArgumentException: a descriptor must be present, got access byte 0x0",
            failures(PlantedBugs.RefusesTheNullDescriptor.class).values().iterator().next());
    }

    @Test
    void theKitsEncoderIsWhatTheKernelUsesUnlessALabChooses() {
        GdtEncoder kit = eduscc.kernel.arch.GdtPlugins.get("kit").get();
        assertEquals("eduscc.kernel.arch.KitGdtEncoder", kit.getClass().getName());
    }
}
