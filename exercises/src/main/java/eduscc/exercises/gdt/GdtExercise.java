package eduscc.exercises.gdt;

import eduscc.exercises.grading.PluginClass;
import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.GdtEncoder;
import eduscc.kernel.arch.GdtPlugins;
import eduscc.kernel.arch.KitGdtEncoder;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The GDT exercise (issue 14): the student writes eduOS's {@code configure_gdt_entry}, the
 * function that turns a segment's base, limit, access byte and flags into the 8 bytes of its
 * descriptor ({@link StudentGdt}, a {@code GdtEncoder}), which the kernel's {@code Gdt} uses for
 * every entry when a lab names the plug-in {@value #PLUGIN}. Seven checks worth 100 points grade
 * it; the kit's own {@link KitGdtEncoder} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's encoder in its own JVM and compares ({@link ChildGrader}).
 */
public final class GdtExercise {
    public static final String NAME = "gdt";
    /** The plug-in name under which the student's encoder is registered. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/gdt/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentGdt.class.getName();
    /** The kit's own encoder, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitGdtEncoder.class.getName();

    private GdtExercise() {
    }

    /** Makes the student's encoder available to labs as {@code "student"}. */
    public static void register() {
        GdtPlugins.register(PLUGIN, StudentGdt::new);
    }

    /**
     * The encoder class {@code className}, loaded when a check first asks for one; the kit's
     * encoder and registry, and the machine's own descriptor encoding, count as the kit's answer.
     */
    static PluginClass<GdtEncoder> underTest(String className) {
        return new PluginClass<>(className, GdtEncoder.class,
            List.of("eduscc/kernel/arch/KitGdtEncoder", "eduscc/kernel/arch/GdtPlugins"),
            List.of("eduscc/machine/cpu/tables/SegmentDescriptor.encode",
                "eduscc/machine/cpu/tables/SegmentDescriptor.toBytes"));
    }

    /**
     * Every check, in the order a student would get them to pass. The boot check boots a core of
     * its own; when the kernel fails in that boot, the boot lab with the student's encoder fails
     * the same way, and the replay opens it there.
     */
    public static List<ObservedCheck> checks(Supplier<GdtEncoder> encoders) {
        List<ObservedCheck> checks = new ArrayList<>(EncodingChecks.all(encoders));
        checks.add(new ObservedCheck("a core boots with this encoder: protected mode, flat segments read back from the"
            + " GDT in memory, a task reached through its TSS", 20, o -> BootCheck.run(o, encoders),
            new LabReplays(Judge.FIRST_DIFFERENCE, "boot", Replay.Plugins.gdt(PLUGIN), LabReplays.FAILURE_IN_THE_BOOT)));
        return checks;
    }

    /** The checks run on the kit's own encoder: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(KitGdtEncoder::new);
    }

    /**
     * Grades an encoder class in a child JVM.
     *
     * @param className a {@code GdtEncoder} with a constructor without arguments
     * @param graded    how the report names it, e.g. "StudentGdt (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
