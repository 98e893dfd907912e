package eduscc.exercises.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eduscc.exercises.observing.CheckObservations;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check catches its mistake, and only its own: each fixture of {@link PlantedBugs} is judged
 * on all ten checks here, in this JVM (the grader's child JVM judges the same way, as
 * {@link MessagingGradeTest} shows for one), and loses the points of exactly one check.
 */
class PlantedBugsTest {
    private static List<ObservedCheck> reference;
    private static final List<CheckObservations> EXPECTED = new ArrayList<>();
    private static final List<List<String>> LABELS = new ArrayList<>();

    @BeforeAll
    static void runTheReference() {
        reference = MessagingExercise.reference();
        for (ObservedCheck check : reference) {
            Observer observer = new Observer();
            CheckObservations seen = check.observe(observer);
            assertNull(seen.threw(), check.name());
            EXPECTED.add(seen);
            LABELS.add(observer.labels());
        }
    }

    /** Check name to why it failed, for every check that failed. */
    static Map<String, String> failures(Class<?> fixture) {
        List<ObservedCheck> checks = MessagingExercise.checks(fixture.getName());
        Map<String, String> failed = new TreeMap<>();
        for (int i = 0; i < checks.size(); i++) {
            ObservedCheck check = checks.get(i);
            String why = check.judge().judge(LABELS.get(i), EXPECTED.get(i).values(), check.observe(new Observer()));
            if (why != null) {
                failed.put(check.name(), why);
            }
        }
        return failed;
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(10, 5, 10, 5, 15, 15, 10, 15, 10, 5), reference.stream().map(ObservedCheck::points).toList());
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(reference.get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectAnswerWrittenDifferentlyPassesEveryCheck() {
        assertEquals(Map.of(), failures(SolvedMessaging.class));
    }
}
