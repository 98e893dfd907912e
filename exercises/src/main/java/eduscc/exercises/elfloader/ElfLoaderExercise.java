package eduscc.exercises.elfloader;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.mm.ElfLoader;
import eduscc.kernel.mm.ElfLoaderPlugins;
import eduscc.kernel.mm.ProgramLoaderFactory;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;

/**
 * The ELF-loader exercise (issue 14): the student writes eduOS's {@code load_task} after the file
 * is read ({@link StudentElfLoader}, a {@code ProgramLoader}): check the file, make the address
 * space, map every page of every PT_LOAD segment with its rights and its bytes, the stack, and say
 * where the program starts. The kernel's exec loads it through the plug-in named {@value #PLUGIN}.
 * Eight checks worth 100 points grade it; the kit's own {@link ElfLoader} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's loader in its own JVM and compares ({@link ChildGrader}).
 */
public final class ElfLoaderExercise {
    public static final String NAME = "elf-loader";
    /** The plug-in name a lab or {@code --elf-loader} uses for the student's loader. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/elfloader/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentElfLoader.class.getName();
    /** The kit's own loader, graded by {@code --reference}. */
    public static final String KIT_CLASS = ElfLoader.class.getName();

    private ElfLoaderExercise() {
    }

    /** Makes the student's loader available to labs as {@code "student"}. */
    public static void register() {
        ElfLoaderPlugins.register(PLUGIN, StudentElfLoader::new);
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param loaders the loader under test
     * @param plugin  the name under which {@code loaders} is registered in {@link ElfLoaderPlugins}:
     *     the lab check runs the fork lab with it as {@code eduscc run fork --elf-loader} does
     */
    public static List<ObservedCheck> checks(ProgramLoaderFactory loaders, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(LoaderChecks.all(loaders));
        checks.add(new ObservedCheck("the fork lab runs with this loader as with the kit's: the same page faults on the"
            + " same frames", 15, o -> LabCheck.run(o, plugin), new LabReplays(Judge.FIRST_DIFFERENCE, LabCheck.LAB,
            Replay.Plugins.elfLoader(PLUGIN),
            LabReplays.FIRST_FAILURE.orElse(LabReplays.nthEvent("page fault ", "PageFaultResolved")))));
        return checks;
    }

    /** The checks run on the kit's own loader: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(ProgramLoaderFactory.KIT, ElfLoaderPlugins.KIT);
    }

    /**
     * Grades a loader class in a child JVM.
     *
     * @param className a {@code ProgramLoader} with a constructor without arguments
     * @param graded    how the report names it, e.g. "StudentElfLoader (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
