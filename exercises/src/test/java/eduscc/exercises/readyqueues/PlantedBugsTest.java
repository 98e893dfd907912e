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

    /** The four mistakes that only one check can see lose that check alone. */
    @Test
    void theFifoBitmapBsrAndModelMistakesLoseTheirCheckAlone() throws ReflectiveOperationException {
        for (int check : new int[] {0, 1, 2, 5}) {
            Map<String, String> failed = failures(PlantedBugs.BY_CHECK[check]);
            assertEquals(grader.names(check), List.copyOf(failed.keySet()), failed.toString());
        }
    }

    /**
     * The other mistakes are seen by more than their own check, and the test says which: the
     * random sequence replays every operation against a model, so a wrong remove shows there too,
     * and a wrong answer for an empty queue also misleads the scheduler of the lab, and the BSR
     * check asks an empty queue as well. The lab check has no mistake of its own: a queue that
     * keeps the contract the other checks judge schedules the lab as the kit's does.
     */
    @Test
    void theHighestAndRemoveMistakesAreSeenByTheChecksThatReplayThem() throws ReflectiveOperationException {
        assertEquals(grader.names(2, 3, 6), List.copyOf(failures(PlantedBugs.AnswersIdleWhenEmpty.class).keySet()));
        assertEquals(grader.names(4, 5), List.copyOf(failures(PlantedBugs.RemovesTheHead.class).keySet()));
    }
}
