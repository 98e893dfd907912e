package eduscc.exercises.elfloader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.mm.ElfLoaderPlugins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check catches its mistake, and only its own: each fixture of {@link PlantedBugs} is judged
 * on all eight checks here, in this JVM (the grader's child JVM judges the same way, as
 * {@link ElfLoaderGradeTest} shows for the starter and a fixture), and loses exactly one check.
 */
class PlantedBugsTest {
    private static final String PLUGIN = "planted-elf";
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(ElfLoaderExercise.NAME, ElfLoaderExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    static Map<String, String> failures(Class<?> fixture) {
        LoaderUnderTest loaders = new LoaderUnderTest(fixture.getName());
        ElfLoaderPlugins.register(PLUGIN, loaders);
        return grader.failures(ElfLoaderExercise.checks(loaders, PLUGIN));
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectLoaderWrittenDifferentlyPassesEveryCheck() {
        assertEquals(Map.of(), failures(SolvedElfLoader.class));
    }

    @Test
    void theMessagesNameTheAddressAndWhatWasThere() {
        assertEquals("the page table entry of 0x08048000 (LOAD 0x08048000 filesz 0x1075 memsz 0x1075 R E): expected"
            + " 0x00C09005, got 0x00C09007", failures(PlantedBugs.MapsTheCodeWritable.class).values().iterator().next());
        assertEquals("the page table entry of 0x0804C000 (LOAD 0x0804A000 filesz 0x1001 memsz 0x2771 RW ): expected"
            + " 0x00C0E007, got 0x00000000", failures(PlantedBugs.MapsUpToTheFilePartOnly.class).values().iterator().next());
        assertEquals("bytes at 0x08048000.. that are the file's p_filesz = 4213 bytes: expected 4213 of 4213, got 4097 of"
            + " 4213; the first that differs is at 0x08049000: 0x00, not the file's 0x90",
            failures(PlantedBugs.CopiesOnePagePerSegment.class).values().iterator().next());
        assertEquals("frames taken by load(a file whose magic is 7F 45 4C 56): expected 0, got 1",
            failures(PlantedBugs.AllocatesBeforeItChecks.class).values().iterator().next());
        assertEquals("page fault 3 of the fork lab: expected taken over at 0xBFFFFFEC in forkdemo-child, frame 0x00C0C000,"
            + " got taken over at 0xBFFFFFEC in forkdemo-child, frame 0x00C10000",
            failures(PlantedBugs.MapsTheStackLowestFirst.class).values().iterator().next());
    }
}
