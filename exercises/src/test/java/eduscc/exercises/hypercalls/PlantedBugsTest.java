package eduscc.exercises.hypercalls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.lguest.HypercallDispatcher;
import eduscc.kernel.lguest.HypercallDispatcherFactory;
import eduscc.kernel.lguest.HypercallPlugins;
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
 * {@link HypercallsGradeTest} shows for a few), and loses the points of exactly one check.
 */
class PlantedBugsTest {
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(HypercallsExercise.NAME, HypercallsExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    private static Map<String, String> failures(Class<?> fixture) throws ReflectiveOperationException {
        Constructor<?> constructor = fixture.getDeclaredConstructor();
        HypercallDispatcherFactory factory = () -> {
            try {
                return (HypercallDispatcher) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        String plugin = "planted-" + fixture.getSimpleName().toLowerCase();
        HypercallPlugins.register(plugin, factory);
        List<ObservedCheck> checks = HypercallsExercise.checks(factory, plugin);
        return grader.failures(checks);
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) throws ReflectiveOperationException {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectDispatcherWrittenDifferentlyPassesEveryCheck() throws ReflectiveOperationException {
        assertEquals(Map.of(), failures(SolvedHypercalls.class));
    }

    @Test
    void theMessagesSayWhatTheGuestWouldHaveSeen() throws ReflectiveOperationException {
        assertEquals("as a new guest's first call, LHCALL_FLUSH_ASYNC(0x00A01000, 0xBFFFF000, 0x00C23067): the host's"
            + " actions: expected kill, got nothing", failures(PlantedBugs.FlushAsyncBeforeInit.class).values().iterator().next());
        assertEquals("slots 60..63 and 0..3 pending, slot 4's status 1, slot 5 pending: the launcher's runAsync ran the"
            + " calls: expected setClockEvent(1060); setClockEvent(1061); setClockEvent(1062); setClockEvent(1063);"
            + " setClockEvent(1000); setClockEvent(1001); setClockEvent(1002); setClockEvent(1003), got setClockEvent(1060);"
            + " setClockEvent(1061); setClockEvent(1062); setClockEvent(1000); setClockEvent(1001); setClockEvent(1002);"
            + " setClockEvent(1003)",
            failures(PlantedBugs.WrapsAt63.class).values().iterator().next());
    }
}
