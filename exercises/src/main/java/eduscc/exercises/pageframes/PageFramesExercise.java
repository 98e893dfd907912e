package eduscc.exercises.pageframes;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.mm.KitPageFrames;
import eduscc.kernel.mm.PageFramePlugins;
import eduscc.kernel.mm.PageFramesFactory;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;

/**
 * The page-frame exercise (issue 14): the student writes the bookkeeping of the kernel's frame
 * pool, a bitmap and a count per frame in simulated memory ({@link StudentPageFrames}, a
 * {@code PageFrames}), which the kernel loads through the plug-in named {@value #PLUGIN}. Seven
 * checks worth 100 points grade it; the kit's own {@link KitPageFrames} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's allocator in its own JVM and compares ({@link ChildGrader}).
 */
public final class PageFramesExercise {
    public static final String NAME = "page-frames";
    /** The plug-in name a lab or {@code --page-frames} uses for the student's allocator. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/pageframes/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentPageFrames.class.getName();
    /** The kit's own allocator, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitPageFrames.class.getName();

    private PageFramesExercise() {
    }

    /** Makes the student's allocator available to labs as {@code "student"}. */
    public static void register() {
        PageFramePlugins.register(PLUGIN, StudentPageFrames::new);
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param allocators the allocator under test
     * @param plugin     the name under which {@code allocators} is registered in {@link PageFramePlugins}:
     *     the lab check runs the fork lab with it as {@code eduscc run fork --page-frames} does
     */
    public static List<ObservedCheck> checks(PageFramesFactory allocators, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(FrameChecks.all(allocators));
        checks.add(new ObservedCheck("the fork lab runs with this allocator as with the kit's", 20,
            o -> LabCheck.run(o, plugin), new LabReplays(Judge.FIRST_DIFFERENCE, "fork", Replay.Plugins.pageFrames(PLUGIN),
                LabReplays.nthEvent("page fault ", "PageFaultResolved").orElse(LabReplays.FIRST_FAILURE))));
        return checks;
    }

    /** The checks run on the kit's own allocator: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(PageFramesFactory.KIT, PageFramePlugins.KIT);
    }

    /**
     * Grades an allocator class in a child JVM.
     *
     * @param className a {@code PageFrames} with a constructor {@code (Operations)}
     * @param graded    how the report names it, e.g. "StudentPageFrames (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
