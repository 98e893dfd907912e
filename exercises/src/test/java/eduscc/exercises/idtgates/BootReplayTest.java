package eduscc.exercises.idtgates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.descriptors.CheckBoot;
import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.arch.GatePlugins;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.Scenario;
import eduscc.machine.time.Clocks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boot check boots a core of its own, not a lab; when the kernel fails in that boot, its
 * replay opens the boot lab with the student's gates at the same failure.
 */
class BootReplayTest {
    private static final String PLUGIN = "planted-replay";
    private static InProcessGrader grader;
    private static int boot;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(IdtGatesExercise.NAME, IdtGatesExercise.reference());
        boot = grader.reference().size() - 1;
    }

    private static Replay replay(Class<?> fixture) {
        return grader.replay(IdtGatesExercise.checks(IdtGatesExercise.underTest(fixture.getName())::create), boot);
    }

    @Test
    void aFailureInTheBootStopsThereInTheBootLab() {
        String failure = "the kernel stopped in boot: java.lang.ArrayIndexOutOfBoundsException: Index 32 out of bounds"
            + " for length 32";
        Replay replay = replay(PlantedBugs.FullAfterThirtyTwoGates.class);
        assertEquals(new Replay("idt-gates", grader.reference().get(boot).name(), "boot", Replay.Plugins.idtGates("student"),
            "Panic:1", "none", failure), replay);
        GatePlugins.register(PLUGIN, IdtGatesExercise.underTest(PlantedBugs.FullAfterThirtyTwoGates.class.getName())::create);
        Scenario lab = replay.scenario().withKernel(replay.scenario().kernel().withIdtGates(PLUGIN));
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            booted.machine().run(533_333_333L * Clocks.TILE_533_UNITS);
            assertEquals(failure, CheckBoot.firstFailure(booted.machine()), "the boot lab fails as the check's boot did");
        }
    }

    @Test
    void aWrongValueAfterTheBootHasNoReplay() {
        assertEquals(null, replay(PlantedBugs.AlwaysPresent.class), "it loses an encoding check, not the boot check");
        assertEquals(null, replay(SolvedIdtGates.class));
    }
}
