package eduscc.exercises.pageframes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.mm.PageFramePlugins;
import eduscc.kernel.mm.PageFrames;
import eduscc.kernel.mm.PageFramesFactory;
import eduscc.machine.cpu.Operations;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check catches its mistake, and only its own: each fixture of {@link PlantedBugs} is
 * judged on all seven checks here, in this JVM (the grader's child JVM judges the same way, as
 * {@link PageFramesGradeTest} shows for one), and loses the points of exactly one check.
 */
class PlantedBugsTest {
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(PageFramesExercise.NAME, PageFramesExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    private static Map<String, String> failures(Class<?> fixture) throws ReflectiveOperationException {
        Constructor<?> constructor = fixture.getDeclaredConstructor(Operations.class);
        PageFramesFactory factory = ops -> {
            try {
                return (PageFrames) constructor.newInstance(ops);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        String plugin = "planted-" + fixture.getSimpleName().toLowerCase();
        PageFramePlugins.register(plugin, factory);
        List<ObservedCheck> checks = PageFramesExercise.checks(factory, plugin);
        return grader.failures(checks);
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) throws ReflectiveOperationException {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectAllocatorWrittenDifferentlyPassesEveryCheck() throws ReflectiveOperationException {
        assertEquals(Map.of(), failures(SolvedPageFrames.class));
    }

    @Test
    void theMessagesSayWhatTheKernelWouldHaveSeen() throws ReflectiveOperationException {
        assertEquals("the count of the first frame after two shares: expected 3, got 2",
            failures(PlantedBugs.ShareSetsTwo.class).values().iterator().next());
        assertEquals("the 1025th allocate: expected NO_FRAME, got 0x01000000, not a frame of the pool",
            failures(PlantedBugs.ReadsPastTheBitmap.class).values().iterator().next());
    }
}
