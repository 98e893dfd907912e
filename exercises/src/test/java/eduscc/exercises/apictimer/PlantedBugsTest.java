package eduscc.exercises.apictimer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.ApicTimerPlugins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check catches its mistake: each fixture of {@link PlantedBugs} is judged on all six checks
 * here, in this JVM (the grader's child JVM judges the same way, as {@link ApicTimerGradeTest} shows
 * for the starter and a few fixtures). Each loses its own check alone: a mistake in the SVR, the
 * LINT pins, the divider, the timer's LVT or the count loses its register check, and the lab check,
 * which runs the set-up's writes with the kit's values, sees only when the timer starts.
 */
class PlantedBugsTest {
    private static final String PLUGIN = "planted";
    private static final int LAB = 5;
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(ApicTimerExercise.NAME, ApicTimerExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    static Map<String, String> failures(Class<?> fixture) {
        ApicTimerPlugins.register(PLUGIN, ApicTimerExercise.underTest(fixture.getName())::create);
        List<ObservedCheck> checks = ApicTimerExercise.checks(ApicTimerExercise.underTest(fixture.getName())::create,
            PLUGIN);
        return grader.failures(checks);
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses exactly that check")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void eachPlantedMistakeLosesItsCheck(int check) {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(grader.names(check), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectSetUpWrittenDifferentlyPassesEveryCheck() {
        assertEquals(Map.of(), failures(SolvedApicTimer.class));
    }

    @Test
    void theMessagesSayWhatTheBitsMean() {
        assertEquals("SVR (0xFEE000F0): expected 0x0000017F: APIC enabled, spurious vector 127, got 0x000001FF: APIC"
            + " enabled, spurious vector 255", failures(PlantedBugs.SpuriousVector255.class).values().iterator().next());
        assertEquals("the initial count (0xFEE00380) at 60 Hz: expected 8,888,888, got 8,888,889",
            failures(PlantedBugs.RoundsTheCount.class).values().iterator().next());
        Map<String, String> oneShot = failures(PlantedBugs.OneShot.class);
        assertEquals(Map.of(grader.reference().get(3).name(), "LVT timer (0xFEE00320): expected 0x0002007B: vector 123,"
            + " not masked, periodic, got 0x0000007B: vector 123, not masked, one-shot (bit 17 clear)"), oneShot);
    }

    @Test
    void theCommonMistakesLoseTheirRegistersAlone() {
        assertEquals(grader.names(3), List.copyOf(failures(PlantedBugs.MasksTheTimer.class).keySet()));
        assertEquals(grader.names(2), List.copyOf(failures(PlantedBugs.ForgetsTheDivider.class).keySet()));
        assertEquals(grader.names(4), List.copyOf(failures(PlantedBugs.CountsAtTheMeshClock.class).keySet()));
        // The first period counted at the divider after reset, 2: tick 1 comes 5,333,331 cycles late.
        assertEquals("tick 1 of the interrupts lab (vector 123) delivered at cycle: expected 6,607,059, got 11,940,390",
            failures(PlantedBugs.StartsTheTimerFirst.class).values().iterator().next());
    }

    @Test
    void aStoreTooManyLosesTheLabAlone() {
        Map<String, String> failed = failures(PlantedBugs.WritesTheSvrTwice.class);
        assertEquals(grader.names(LAB), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void theKitsSetUpIsWhatTheKernelUsesUnlessALabChooses() {
        assertEquals("eduscc.kernel.arch.KitApicTimer", ApicTimerPlugins.get("kit").get().getClass().getName());
    }
}
