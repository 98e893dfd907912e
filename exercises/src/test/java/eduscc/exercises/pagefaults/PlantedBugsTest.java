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
 * {@link PageFaultsGradeTest} shows for a few), and loses the points of exactly one check; the
 * paging lab's is the exception, see {@link #theReadOnlyFreshPageLosesTheEntriesAndThePagingLab}.
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
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) throws ReflectiveOperationException {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    /**
     * The paging lab's faults are two demand-zero faults of a kernel task in the heap, below 2 GiB,
     * on fresh frames. What its run can show of a resolver is which frame each fault got (check 0
     * sees the answer and the frames taken), whether the page works for the access that follows
     * (check 1 sees every bit of the entries: P, R/W, U/S, the mark) and what the page holds (check
     * 0, on a recycled frame, where the lab's fresh ones hide it). No realistic mistake found
     * changes the lab's run without changing one of those values, so its planted one, a fresh page
     * mapped read-only, loses the entries check too: 20 points, not 10. (The fork lab's has no such
     * twin: the checks' copy-on-write pages all lie below 2 GiB, the fork lab's stack does not.)
     */
    @Test
    void theReadOnlyFreshPageLosesTheEntriesAndThePagingLab() throws ReflectiveOperationException {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[PAGING_LAB]);
        assertEquals(grader.names(1, PAGING_LAB), List.copyOf(failed.keySet()), failed.toString());
        assertEquals("the first failure of the paging lab's run: expected none, got the kernel panicked in task heap:"
            + " eduscc.kernel.sched.KernelPanic: kernel panic: core 0: page fault: a write to 10000004 (protection"
            + " violation) from the kernel in heap (kernel code at 00119000)",
            failed.get(grader.reference().get(PAGING_LAB).name()));
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
