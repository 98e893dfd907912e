package eduscc.exercises.hypercalls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eduscc.exercises.observing.CheckObservations;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the kit's dispatcher shows in the checks, worked out by hand from the handout: the values
 * every student's dispatcher is compared with.
 */
class ReferenceValuesTest {
    private static final List<ObservedCheck> CHECKS = HypercallsExercise.reference();

    private static List<String> seen(int check) {
        Observer observer = new Observer();
        CheckObservations seen = CHECKS.get(check).observe(observer);
        assertNull(seen.threw(), CHECKS.get(check).name());
        return seen.values();
    }

    @Test
    void dump() {
        for (int i = 0; i < CHECKS.size(); i++) {
            Observer observer = new Observer();
            CheckObservations seen = CHECKS.get(i).observe(observer);
            System.out.println("CHECK " + i + " " + CHECKS.get(i).name() + " threw=" + seen.threw());
            for (int k = 0; k < seen.values().size(); k++) {
                System.out.println("   " + observer.labels().get(k) + " => " + seen.values().get(k));
            }
        }
    }
}
