package eduscc.exercises.hypercalls;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.lguest.HypercallDispatcherFactory;
import eduscc.kernel.lguest.HypercallPlugins;
import eduscc.kernel.lguest.KitHypercallDispatcher;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;

/**
 * The hypercall exercise (issue 12): the student writes lguest's hypercall dispatcher, the host's
 * code that turns a guest's INT 0x1F and the calls it queued in lguest_data's ring into the host's
 * actions ({@link StudentHypercalls}, a {@code HypercallDispatcher}), which every launcher loads
 * through the plug-in named {@value #PLUGIN}. Eleven checks worth 100 points grade it; the kit's
 * own {@link KitHypercallDispatcher} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's dispatcher in its own JVM and compares ({@link ChildGrader}).
 */
public final class HypercallsExercise {
    public static final String NAME = "hypercalls";
    /** The plug-in name a lab or {@code --hypercalls} uses for the student's dispatcher. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/hypercalls/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentHypercalls.class.getName();
    /** The kit's own dispatcher, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitHypercallDispatcher.class.getName();

    private HypercallsExercise() {
    }

    /** Makes the student's dispatcher available to labs as {@code "student"}. */
    public static void register() {
        HypercallPlugins.register(PLUGIN, StudentHypercalls::new);
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param dispatchers the dispatcher under test
     * @param plugin      the name under which {@code dispatchers} is registered in {@link HypercallPlugins}:
     *     the lab checks run the labs with it as {@code eduscc run LAB --hypercalls} does
     */
    public static List<ObservedCheck> checks(HypercallDispatcherFactory dispatchers, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(DispatcherChecks.all(dispatchers));
        checks.add(new ObservedCheck("the lguest lab's guest runs to its shutdown as with the kit's dispatcher", 10,
            o -> LabCheck.lguest(o, plugin), new LabReplays(Judge.FIRST_DIFFERENCE, "lguest",
                Replay.Plugins.hypercalls(PLUGIN), LabReplays.nthEvent("exit ", "GuestExit").orElse(LabReplays.FIRST_FAILURE))));
        checks.add(new ObservedCheck("the lguest-fork lab (the kit's kernel as the guest) forks as with the kit's dispatcher", 10,
            o -> LabCheck.lguestFork(o, plugin)));
        return checks;
    }

    /** The checks run on the kit's own dispatcher: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(HypercallDispatcherFactory.KIT, HypercallPlugins.KIT);
    }

    /**
     * Grades a dispatcher class in a child JVM.
     *
     * @param className a {@code HypercallDispatcher} with a constructor without arguments
     * @param graded    how the report names it, e.g. "StudentHypercalls (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
