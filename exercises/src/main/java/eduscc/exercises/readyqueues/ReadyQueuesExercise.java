package eduscc.exercises.readyqueues;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.kernel.sched.ReadyQueues;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;

/**
 * The ready-queues exercise (DESIGN §6): the student writes the scheduler's {@code ReadyQueue}
 * ({@link StudentReadyQueues}), which the kernel loads through the plug-in named
 * {@value #PLUGIN}. Seven checks worth 100 points grade it; the kit's own queue earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's {@link ReadyQueues} in its own JVM and compares ({@link ChildGrader}).
 */
public final class ReadyQueuesExercise {
    public static final String NAME = "ready-queues";
    /** The plug-in name a lab or {@code --ready-queues} uses for the student's queue. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/readyqueues/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentReadyQueues.class.getName();
    /** The kit's own queue, graded by {@code --reference}. */
    public static final String KIT_CLASS = ReadyQueues.class.getName();

    private ReadyQueuesExercise() {
    }

    /** Makes the student's queue available to labs as {@code "student"}. */
    public static void register() {
        ReadyQueuePlugins.register(PLUGIN, StudentReadyQueues::new);
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param queues the queue under test
     * @param plugin the name under which {@code queues} is registered in {@link ReadyQueuePlugins}:
     *     the lab check runs the lab with it as {@code eduscc run --ready-queues} does
     */
    public static List<ObservedCheck> checks(ReadyQueueFactory queues, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(QueueChecks.all(queues));
        checks.add(new ObservedCheck("random sequence of 2000 operations against a model", 20,
            o -> ModelCheck.run(o, queues, ModelCheck.OPERATIONS, ModelCheck.SEED)));
        checks.add(new ObservedCheck("the scheduling lab produces the reference ordering with this queue", 15,
            o -> LabCheck.run(o, plugin),
            new LabReplays(LabCheck.JUDGE, "scheduling", Replay.Plugins.readyQueues(PLUGIN), LabReplays.FIRST_FAILURE.orElse(LabReplays.EARLIER_TICK))));
        return checks;
    }

    /** The checks run on the kit's own queue: what every other queue is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(ReadyQueueFactory.KIT, ReadyQueuePlugins.KIT);
    }

    /**
     * Grades a queue class in a child JVM.
     *
     * @param className a {@code ReadyQueue} with a constructor {@code (IntUnaryOperator bsr)}
     * @param graded    how the report names it, e.g. "StudentReadyQueues (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
