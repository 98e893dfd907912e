package eduscc.exercises.idtgates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.GateEncoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check catches its mistake, and only its own: each fixture of {@link PlantedBugs} is judged
 * on all six checks here, in this JVM (the grader's child JVM judges the same way, as
 * {@link IdtGatesGradeTest} shows for the starter and a few fixtures), and loses exactly one check.
 */
class PlantedBugsTest {
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(IdtGatesExercise.NAME, IdtGatesExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    static Map<String, String> failures(Class<?> fixture) {
        List<ObservedCheck> checks = IdtGatesExercise.checks(IdtGatesExercise.underTest(fixture.getName())::create);
        return grader.failures(checks);
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectEncoderWrittenDifferentlyPassesEveryCheck() {
        assertEquals(Map.of(), failures(SolvedIdtGates.class));
    }

    @Test
    void theMessagesNameTheBytesAndTheirFields() {
        assertEquals("a gate for vector 40 that is not present yet, encode(offset 0x00118F40, selector 0x0008, type 0xE,"
            + " DPL 0, present false): expected 40 8F 08 00 00 0E 11 00, got 40 8F 08 00 00 8E 11 00 (byte 5 (P DPL 0"
            + " type) is 8E, should be 0E)", failures(PlantedBugs.AlwaysPresent.class).values().iterator().next());
    }

    @Test
    void theKitsEncoderIsWhatTheKernelUsesUnlessALabChooses() {
        GateEncoder kit = eduscc.kernel.arch.GatePlugins.get("kit").get();
        assertEquals("eduscc.kernel.arch.KitGateEncoder", kit.getClass().getName());
    }
}
