package eduscc.exercises.gdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.descriptors.CheckBoot;
import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.arch.GdtPlugins;
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
 * replay opens the boot lab with the student's encoder at the same failure.
 */
class BootReplayTest {
    private static final String PLUGIN = "planted-replay";
    private static InProcessGrader grader;
    private static int boot;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(GdtExercise.NAME, GdtExercise.reference());
        boot = grader.reference().size() - 1;
    }

    private static Replay replay(Class<?> fixture) {
        return grader.replay(GdtExercise.checks(GdtExercise.underTest(fixture.getName())::create), boot);
    }

    @Test
    void aFailureInTheBootStopsThereInTheBootLab() {
        String failure = "the kernel stopped in boot: java.lang.IllegalArgumentException: a descriptor must be present,"
            + " got access byte 0x0";
        Replay replay = replay(PlantedBugs.RefusesTheNullDescriptor.class);
        assertEquals(new Replay("gdt", grader.reference().get(boot).name(), "boot", Replay.Plugins.gdt("student"),
            "Panic:1", "none", failure), replay);
        GdtPlugins.register(PLUGIN, GdtExercise.underTest(PlantedBugs.RefusesTheNullDescriptor.class.getName())::create);
        Scenario lab = replay.scenario().withKernel(replay.scenario().kernel().withGdt(PLUGIN));
        try (BootedLab booted = LabRunner.boot(lab, ReadyQueuePlugins.get(lab.kernel().readyQueues()))) {
            booted.machine().run(533_333_333L * Clocks.TILE_533_UNITS);
            assertEquals(failure, CheckBoot.firstFailure(booted.machine()), "the boot lab fails as the check's boot did");
        }
    }

    @Test
    void aWrongValueAfterTheBootHasNoReplay() {
        assertEquals(null, replay(PlantedBugs.DropsTheDpl.class), "it loses an encoding check, not the boot check");
        assertEquals(null, replay(SolvedGdt.class));
    }
}
