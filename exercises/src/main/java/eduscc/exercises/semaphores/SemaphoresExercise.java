package eduscc.exercises.semaphores;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sync.KitWaitAndPost;
import eduscc.kernel.sync.SemaphorePlugins;
import eduscc.kernel.sync.WaitAndPostFactory;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;

/**
 * The semaphores exercise (issue 14): the student writes eduOS's {@code sem_wait} and
 * {@code sem_post} over the kernel's {@code sem_t} ({@link StudentSemaphores}, a
 * {@code WaitAndPost}), which the kernel loads through the plug-in named {@value #PLUGIN}. Seven
 * checks worth 100 points grade it; the kit's own {@link KitWaitAndPost} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's in its own JVM and compares ({@link ChildGrader}).
 */
public final class SemaphoresExercise {
    public static final String NAME = "semaphores";
    /** The plug-in name a lab or {@code --semaphores} uses for the student's semaphore. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/semaphores/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentSemaphores.class.getName();
    /** The kit's own wait and post, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitWaitAndPost.class.getName();

    private SemaphoresExercise() {
    }

    /** Makes the student's semaphore available to labs as {@code "student"}. */
    public static void register() {
        SemaphorePlugins.register(PLUGIN, StudentSemaphores::new);
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param semaphores the wait and post under test
     * @param plugin     the name under which {@code semaphores} is registered in {@link SemaphorePlugins}:
     *     the lab check runs the lab with it as {@code eduscc run locks --semaphores} does
     */
    public static List<ObservedCheck> checks(WaitAndPostFactory semaphores, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(SemaphoreChecks.all(semaphores));
        checks.add(new ObservedCheck("the locks lab's consumer and producer run on core 23 as with the kit's semaphore", 25,
            o -> LabCheck.run(o, plugin), new LabReplays(Judge.FIRST_DIFFERENCE, "locks",
                Replay.Plugins.semaphores(PLUGIN), LabReplays.FIRST_FAILURE.orElse(LabReplays.EARLIER_TICK))));
        return checks;
    }

    /** The checks run on the kit's own wait and post: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(WaitAndPostFactory.KIT, SemaphorePlugins.KIT);
    }

    /**
     * Grades a wait-and-post class in a child JVM.
     *
     * @param className a {@code WaitAndPost} with a constructor {@code (Scheduler, KernelData)}
     * @param graded    how the report names it, e.g. "StudentSemaphores (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
