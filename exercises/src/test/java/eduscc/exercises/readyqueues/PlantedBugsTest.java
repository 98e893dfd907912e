package eduscc.exercises.readyqueues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.exercises.grading.InProcessGrader;
import eduscc.kernel.sched.ReadyQueue;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each planted mistake of {@link PlantedBugs} costs, judged in this JVM as the grader's child judges. */
class PlantedBugsTest {
    private static InProcessGrader grader;

    @BeforeAll
    static void runTheReference() {
        grader = new InProcessGrader(ReadyQueuesExercise.NAME, ReadyQueuesExercise.reference());
    }

    /** Check name to why it failed, for every check that failed. */
    private static Map<String, String> failures(Class<?> fixture) throws ReflectiveOperationException {
        Constructor<?> constructor = fixture.getDeclaredConstructor(IntUnaryOperator.class);
        ReadyQueueFactory factory = bsr -> {
            try {
                return (ReadyQueue) constructor.newInstance(bsr);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        String plugin = "planted-" + fixture.getSimpleName().toLowerCase();
        ReadyQueuePlugins.register(plugin, factory);
        return grader.failures(ReadyQueuesExercise.checks(factory, plugin));
    }

    /**
     * Each mistake loses its own check alone: the one-BSR check sees only the BSR calls, the random
     * sequence has no remove and does not look at highestPriority(), and the lab runs with the kit's
     * bitmap and highest priority for the queue's lists (its own mistake, a READY task refused, is
     * one only the scheduler's switch makes: a preempted task is READY in no list until it is over).
     */
    @Test
    void eachPlantedMistakeLosesExactlyItsCheck() throws ReflectiveOperationException {
        for (int check = 0; check < PlantedBugs.BY_CHECK.length; check++) {
            Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
            assertEquals(grader.names(check), List.copyOf(failed.keySet()), failed.toString());
        }
    }

    @Test
    void aCorrectQueueLosesNothing() throws ReflectiveOperationException {
        assertEquals(Map.of(), failures(SolvedReadyQueues.class));
    }
}
