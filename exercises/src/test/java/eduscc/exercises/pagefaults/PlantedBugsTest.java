package eduscc.exercises.pagefaults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.PageFaultPlugins;
import eduscc.kernel.mm.PageFaultResolver;
import eduscc.kernel.mm.PageFaultResolverFactory;
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
 * judged on all eleven checks here, in this JVM (the grader's child JVM judges the same way, as
 * {@link PageFaultsGradeTest} shows for a few), and loses the points of exactly one check.
 */
class PlantedBugsTest {
    /** The paging lab's check. */
    private static final int PAGING_LAB = 9;

    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(PageFaultsExercise.NAME, PageFaultsExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    private static Map<String, String> failures(Class<?> fixture) throws ReflectiveOperationException {
        Constructor<?> constructor = fixture.getDeclaredConstructor(Operations.class, FrameAllocator.class);
        PageFaultResolverFactory factory = (ops, frames) -> {
            try {
                return (PageFaultResolver) constructor.newInstance(ops, frames);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        String plugin = "planted-" + fixture.getSimpleName().toLowerCase();
        PageFaultPlugins.register(plugin, factory);
        List<ObservedCheck> checks = PageFaultsExercise.checks(factory, plugin);
        return grader.failures(checks);
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) throws ReflectiveOperationException {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    /**
     * The paging lab's faults are two demand-zero faults of a kernel task in the heap, on fresh
     * frames: what its run shows of the page's frame, entries and bytes, the frame, entries and
     * out-of-frames checks see too. So it runs the resolver with the kit's bits in the new entries,
     * and a fresh page mapped read-only, which would make the lab's write fault again, loses the
     * entries check alone; the lab judges what only the run records there, the accessed and dirty
     * bits the MMU had set when the resolver returned.
     */
    @Test
    void aReadOnlyFreshPageLosesTheEntriesCheckAlone() throws ReflectiveOperationException {
        Map<String, String> failed = failures(PlantedBugs.MapsFreshPagesReadOnly.class);
        assertEquals(grader.names(1), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void zeroingThroughTheNewMappingShowsInTheAccessedAndDirtyBits() throws ReflectiveOperationException {
        assertEquals("page fault 1 of the paging lab: the accessed and dirty bits of the entry of its page 0x10000000"
            + " when the resolver returned (before the faulting access ran again): expected neither set, got A and D set",
            failures(PlantedBugs.ZeroesThroughTheNewMapping.class).get(grader.reference().get(PAGING_LAB).name()));
    }

    @Test
    void aCorrectResolverWrittenDifferentlyPassesEveryCheck() throws ReflectiveOperationException {
        assertEquals(Map.of(), failures(SolvedPageFaults.class));
    }

    @Test
    void theMessagesSayWhatTheProcessWouldHaveSeen() throws ReflectiveOperationException {
        assertEquals("the first doubleword of the page's frame that differs from the shared page: expected none,"
            + " got at offset 0xFFC: 0x00000000 instead of 0xFCF5EEE7",
            failures(PlantedBugs.CopiesOneDoublewordShort.class).values().iterator().next());
        assertEquals("how the fork lab's run ended: expected every task done, got still running after one simulated"
            + " second", failures(PlantedBugs.PageBySignedDivision.class).values().iterator().next());
    }
}
