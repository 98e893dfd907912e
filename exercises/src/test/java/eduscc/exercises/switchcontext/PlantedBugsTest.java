package eduscc.exercises.switchcontext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sched.SwitchContextPlugins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check catches its mistake: each fixture of {@link PlantedBugs} is judged on all six checks
 * here, in this JVM (the grader's child JVM judges the same way, as {@link SwitchContextGradeTest}
 * shows for the starter and a few fixtures). Each loses its own check alone: each check runs one
 * of the student's methods beside the kit's other two; the CR3 check and the lab's, which would
 * resume the wrong frames with a wrong EAX, take EAX from the kit; and the lab check, which takes
 * every other value of the three methods from the kit too, judges IF in a new task's first EFLAGS,
 * which the return check leaves to it.
 */
class PlantedBugsTest {
    private static final String PLUGIN = "planted";
    private static final int LAB = 5;
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(SwitchContextExercise.NAME, SwitchContextExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    static Map<String, String> failures(Class<?> fixture) {
        SwitchContextPlugins.register(PLUGIN, SwitchContextExercise.underTest(fixture.getName())::create);
        List<ObservedCheck> checks = SwitchContextExercise.checks(
            SwitchContextExercise.underTest(fixture.getName())::create, PLUGIN);
        return grader.failures(checks);
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses exactly that check")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void eachPlantedMistakeLosesItsCheck(int check) {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(grader.names(check), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectSwitchWrittenDifferentlyPassesEveryCheck() {
        assertEquals(Map.of(), failures(SolvedSwitchContext.class));
    }

    @Test
    void theMessagesNameTheFieldAndTheTask() {
        assertEquals("the frame's esp: expected top - 16, got top - 76",
            failures(PlantedBugs.SavesTheFramesStartAsEsp.class).values().iterator().next());
        assertEquals("the frame's eflags without IF (the lab check judges IF): expected 0x00000002, got 0x00001002",
            failures(PlantedBugs.CopiesEduosIopl.class).values().iterator().next());
        assertEquals("the first EFLAGS of ping (the timer preempts a task only with IF set): expected IF set, got IF"
            + " clear", failures(PlantedBugs.ClearsIf.class).values().iterator().next());
        assertEquals("ESP0 while a runs (turn 1): expected stack + 0x1FF0, got stack + 0x2000",
            failures(PlantedBugs.ForgetsTheGap.class).values().iterator().next());
        String resumes = failures(PlantedBugs.ResumesAtTheFirstFrame.class).get(grader.reference().get(3).name());
        assertTrue(resumes.startsWith("the first failure of the run: expected none, got "), resumes);
    }

    @Test
    void aFrameThatNeverReturnsIntoTheTaskLosesTheReturnCheckAlone() {
        Map<String, String> failed = failures(PlantedBugs.SwapsTheSelectors.class);
        assertEquals(grader.names(1), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void loadingCr3OnEverySwitchLosesTheCr3Check() {
        Map<String, String> failed = failures(PlantedBugs.AlwaysLoadsCr3.class);
        assertEquals(grader.names(4), List.copyOf(failed.keySet()), failed.toString());
    }
}
