package eduscc.exercises.elfloader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.mm.ElfLoaderPlugins;
import eduscc.labs.scenario.Replay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A failed lab check of the ELF loader writes a replay: the fork lab with the student's loader,
 * stopped at the page fault that went another way.
 */
class LabReplayTest {
    private static final String PLUGIN = "planted-elf-replay";
    private static InProcessGrader grader;
    private static int lab;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(ElfLoaderExercise.NAME, ElfLoaderExercise.reference());
        lab = grader.reference().size() - 1;
    }

    private static Replay replay(Class<?> fixture) {
        LoaderUnderTest loaders = new LoaderUnderTest(fixture.getName());
        ElfLoaderPlugins.register(PLUGIN, loaders);
        return grader.replay(ElfLoaderExercise.checks(loaders, PLUGIN), lab);
    }

    @Test
    void aStackMappedLowestFirstStopsAtTheFaultOnAnotherFrame() {
        assertEquals(new Replay("elf-loader", grader.reference().get(lab).name(), "fork",
            Replay.Plugins.elfLoader("student"), "PageFaultResolved:3",
            "taken over at 0xBFFFFFEC in forkdemo-child, frame 0x00C0C000",
            "taken over at 0xBFFFFFEC in forkdemo-child, frame 0x00C10000"),
            replay(PlantedBugs.MapsTheStackLowestFirst.class));
    }

    @Test
    void theKitsLoaderWritesNone() {
        assertEquals(null, replay(SolvedElfLoader.class));
    }
}
