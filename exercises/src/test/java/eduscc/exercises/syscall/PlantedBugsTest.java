package eduscc.exercises.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sys.ExtraSyscalls;
import eduscc.kernel.sys.ExtraSyscallsFactory;
import eduscc.kernel.sys.SyscallPlugins;
import eduscc.kernel.sys.SyscallServices;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check catches its mistake, and only its own: each fixture of {@link PlantedBugs} is
 * judged on all five checks here, in this JVM (the grader's child JVM judges the same way, as
 * {@link SyscallGradeTest} shows for one), and loses the points of exactly one check.
 */
class PlantedBugsTest {
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(SyscallExercise.NAME, SyscallExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    private static Map<String, String> failures(Class<?> fixture) throws ReflectiveOperationException {
        Constructor<?> constructor = fixture.getDeclaredConstructor(SyscallServices.class);
        ExtraSyscallsFactory factory = kernel -> {
            try {
                return (ExtraSyscalls) constructor.newInstance(kernel);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        String plugin = "planted-" + fixture.getSimpleName().toLowerCase();
        SyscallPlugins.register(plugin, factory);
        List<ObservedCheck> checks = SyscallExercise.checks(factory, plugin);
        return grader.failures(checks);
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) throws ReflectiveOperationException {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectCallWrittenDifferentlyPassesEveryCheck() throws ReflectiveOperationException {
        assertEquals(Map.of(), failures(SolvedSyscalls.class));
    }

    @Test
    void theMessagesSayWhatTheCallerWouldHaveSeen() throws ReflectiveOperationException {
        assertEquals("system call 45 (no such call): expected -38, got 77",
            failures(PlantedBugs.ServesEveryNumberFrom44.class).values().iterator().next());
        assertEquals("hz after it (the word held 0xffffffff): expected 0x00000064, got 0xffffff64",
            failures(PlantedBugs.StoresAByte.class).values().iterator().next());
    }
}
