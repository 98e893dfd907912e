package eduscc.exercises.switchcontext;

import eduscc.exercises.grading.PluginClass;
import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sched.KitSwitchContext;
import eduscc.kernel.sched.SwitchContextParts;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The software context switch exercise (issue 14): the student writes the C half of eduOS's
 * {@code switch_context}, a new task's first frame and the two callbacks ({@link StudentSwitchContext},
 * a {@code SwitchContextParts}), which every kernel that switches by software uses when a lab names
 * the plug-in {@value #PLUGIN}. Six checks worth 100 points grade it; the kit's own
 * {@link KitSwitchContext} earns all of them.
 *
 * <p>Each check but the last runs one of the student's three methods beside the kit's other two
 * ({@link Mixed}), so that a mistake costs the points of its own method; the last runs all three in
 * a lab whose timer preempts the tasks, with the kit's values for what the other checks judge, and
 * judges the one bit only a preemptive lab shows: IF in a new task's first EFLAGS.
 * The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks on the
 * kit's in its own JVM and compares ({@link ChildGrader}).
 */
public final class SwitchContextExercise {
    public static final String NAME = "switch-context";
    /** The plug-in name a lab or {@code --context-switch} uses for the student's code. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/switchcontext/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentSwitchContext.class.getName();
    /** The kit's own, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitSwitchContext.class.getName();

    private SwitchContextExercise() {
    }

    /** Makes the student's code available to labs as {@code "student"}. */
    public static void register() {
        SwitchContextPlugins.register(PLUGIN, StudentSwitchContext::new);
    }

    /** The class {@code className}, loaded when a check first asks for one; the kit's class and registry are its answer. */
    static PluginClass<SwitchContextParts> underTest(String className) {
        return new PluginClass<>(className, SwitchContextParts.class,
            List.of("eduscc/kernel/sched/KitSwitchContext", "eduscc/kernel/sched/SwitchContextPlugins"), List.of());
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param parts  makes the code under test, one per kernel
     * @param plugin the name under which {@code parts} is registered in {@link SwitchContextPlugins}:
     *               the lab check runs the lab with it as {@code eduscc run switch-side-by-side
     *               --context-switch} does
     */
    public static List<ObservedCheck> checks(Supplier<SwitchContextParts> parts, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(SwitchChecks.all(parts));
        checks.add(new ObservedCheck("the switch-side-by-side lab's software core switches the same tasks at the same"
            + " ticks with all three: the timer preempts each new task (IF set)", 15, o -> LabCheck.run(o, plugin),
            new LabReplays(Judge.FIRST_DIFFERENCE, "switch-side-by-side", Replay.Plugins.contextSwitch(PLUGIN),
            LabReplays.FIRST_FAILURE.orElse(LabReplays.EARLIER_TICK))));
        return checks;
    }

    /** The checks run on the kit's own code: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(KitSwitchContext::new, SwitchContextPlugins.KIT);
    }

    /**
     * Grades a class in a child JVM.
     *
     * @param className a {@code SwitchContextParts} with a constructor without arguments
     * @param graded    how the report names it, e.g. "StudentSwitchContext (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
