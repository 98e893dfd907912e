package eduscc.exercises.pagefaults;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.mm.KitPageFaultResolver;
import eduscc.kernel.mm.PageFaultPlugins;
import eduscc.kernel.mm.PageFaultResolverFactory;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;

/**
 * The page-fault exercise (issue 11): the student writes what the kernel's page-fault handler
 * does to memory for a demand-zero page and for a write to a copy-on-write page
 * ({@link StudentPageFaults}, a {@code PageFaultResolver}), which the kernel loads through the
 * plug-in named {@value #PLUGIN}. Eleven checks worth 100 points grade it; the kit's own
 * {@link KitPageFaultResolver} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's resolver in its own JVM and compares ({@link ChildGrader}).
 */
public final class PageFaultsExercise {
    public static final String NAME = "page-faults";
    /** The plug-in name a lab or {@code --page-faults} uses for the student's resolver. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/pagefaults/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentPageFaults.class.getName();
    /** The kit's own resolver, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitPageFaultResolver.class.getName();

    private PageFaultsExercise() {
    }

    /** Makes the student's resolver available to labs as {@code "student"}. */
    public static void register() {
        PageFaultPlugins.register(PLUGIN, StudentPageFaults::new);
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param resolvers the resolver under test
     * @param plugin    the name under which {@code resolvers} is registered in {@link PageFaultPlugins}:
     *     the lab checks run the labs with it as {@code eduscc run LAB --page-faults} does
     */
    public static List<ObservedCheck> checks(PageFaultResolverFactory resolvers, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(ResolverChecks.all(resolvers));
        checks.add(new ObservedCheck("the paging lab runs with this handler as with the kit's", 10,
            o -> LabCheck.paging(o, plugin), replayed("paging")));
        checks.add(new ObservedCheck("the fork lab runs with this handler as with the kit's", 10,
            o -> LabCheck.run(o, "fork", plugin), replayed("fork")));
        return checks;
    }

    /** A lab check's failure opens in the debugger at the page fault that went differently. */
    private static LabReplays replayed(String lab) {
        return new LabReplays(Judge.FIRST_DIFFERENCE, lab, Replay.Plugins.pageFaults(PLUGIN),
            LabReplays.nthEvent("page fault ", "PageFaultResolved").orElse(LabReplays.FIRST_FAILURE));
    }

    /** The checks run on the kit's own resolver: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(PageFaultResolverFactory.KIT, PageFaultPlugins.KIT);
    }

    /**
     * Grades a resolver class in a child JVM.
     *
     * @param className a {@code PageFaultResolver} with a constructor {@code (Operations, FrameAllocator)}
     * @param graded    how the report names it, e.g. "StudentPageFaults (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
