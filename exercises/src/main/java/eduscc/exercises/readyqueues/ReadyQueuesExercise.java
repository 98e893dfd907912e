package eduscc.exercises.readyqueues;

import eduscc.exercises.grading.Check;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Grader;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import java.util.ArrayList;
import java.util.List;

/**
 * The ready-queues exercise (DESIGN §6): the student writes the scheduler's {@code ReadyQueue}
 * ({@link StudentReadyQueues}), which the kernel loads through the plug-in named
 * {@value #PLUGIN}. Seven checks worth 100 points grade it; the kit's own queue earns all of them.
 */
public final class ReadyQueuesExercise {
    public static final String NAME = "ready-queues";
    /** The plug-in name a lab or {@code --ready-queues} uses for the student's queue. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/readyqueues/HANDOUT.md";

    private ReadyQueuesExercise() {
    }

    /** Makes the student's queue available to labs as {@code "student"}. */
    public static void register() {
        ReadyQueuePlugins.register(PLUGIN, StudentReadyQueues::new);
    }

    /** Every check, in the order a student would get them to pass. */
    public static List<Check> checks(ReadyQueueFactory queues) {
        List<Check> checks = new ArrayList<>(QueueChecks.all(queues));
        checks.add(new Check("random sequence of 2000 operations against a model", 20,
            () -> ModelCheck.run(queues, ModelCheck.OPERATIONS, ModelCheck.SEED)));
        checks.add(new Check("the scheduling lab produces the reference ordering with this queue", 15,
            () -> LabCheck.run(queues)));
        return checks;
    }

    public static GradeReport grade(ReadyQueueFactory queues, String graded, Grader grader) {
        return grader.grade(NAME, graded, checks(queues));
    }
}
