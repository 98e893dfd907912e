package eduscc.exercises.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.exercises.observing.ObservedCheck;
import java.util.List;
import java.util.Map;
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
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(MessagingExercise.NAME, MessagingExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    static Map<String, String> failures(Class<?> fixture) {
        List<ObservedCheck> checks = MessagingExercise.checks(fixture.getName());
        return grader.failures(checks);
    }

    @Test
    void theChecksAreWorthOneHundredPoints() {
        assertEquals(List.of(10, 5, 10, 5, 15, 15, 10, 15, 10, 5), grader.reference().stream().map(ObservedCheck::points).toList());
    }

    @ParameterizedTest(name = "the mistake planted for check {0} loses that check alone")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void eachPlantedMistakeLosesExactlyItsCheck(int check) {
        Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
        assertEquals(List.of(grader.reference().get(check).name()), List.copyOf(failed.keySet()), failed.toString());
    }

    @Test
    void aCorrectAnswerWrittenDifferentlyPassesEveryCheck() {
        assertEquals(Map.of(), failures(SolvedMessaging.class));
    }
}
