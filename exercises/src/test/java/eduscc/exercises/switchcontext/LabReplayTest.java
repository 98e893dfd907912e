package eduscc.exercises.switchcontext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.labs.scenario.Replay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A failed lab check of the context switch writes a replay: the switch-side-by-side lab with the
 * student's three methods, stopped at the kernel's first failure or at the start of the earlier
 * tick of the two switches that differ.
 */
class LabReplayTest {
    private static final String PLUGIN = "planted-replay";
    private static InProcessGrader grader;
    private static int lab;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(SwitchContextExercise.NAME, SwitchContextExercise.reference());
        lab = grader.reference().size() - 1;
    }

    private static Replay replay(Class<?> fixture) {
        SwitchContextPlugins.register(PLUGIN, SwitchContextExercise.underTest(fixture.getName())::create);
        return grader.replay(SwitchContextExercise.checks(SwitchContextExercise.underTest(fixture.getName())::create,
            PLUGIN), lab);
    }

    private static Replay expected(String stopAt, String kit, String student) {
        return new Replay("switch-context", grader.reference().get(lab).name(), "switch-side-by-side",
            Replay.Plugins.contextSwitch("student"), stopAt, kit, student);
    }

    /**
     * No tick reaches core 1 once ping runs with IF clear. The first difference, ping's first
     * EFLAGS, has no place in the run; the replay stops at the tick of the switch that never came.
     */
    @Test
    void aNewTaskWithInterruptsOffStopsAtTheTickOfTheMissingSwitch() {
        assertEquals(expected("tick:2", "ping -> pong at tick 2", "1"), replay(PlantedBugs.ClearsIf.class));
    }

    /** Resuming the wrong frame is the resume check's to judge: the lab runs with the kit's values and writes no replay. */
    @Test
    void anotherChecksMistakeWritesNoReplayOfTheLab() {
        assertEquals(null, replay(PlantedBugs.ResumesAtTheFirstFrame.class));
    }

    @Test
    void theKitsCodeWritesNone() {
        assertEquals(null, replay(SolvedSwitchContext.class));
    }
}
