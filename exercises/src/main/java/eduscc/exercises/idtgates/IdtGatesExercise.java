package eduscc.exercises.idtgates;

import eduscc.exercises.grading.PluginClass;
import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.GateEncoder;
import eduscc.kernel.arch.GatePlugins;
import eduscc.kernel.arch.KitGateEncoder;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The IDT gates exercise (issue 14): the student writes eduOS's {@code configure_idt_entry}, the
 * function that turns a handler's offset, its code segment's selector, the gate type, DPL and P
 * into the 8 bytes of an interrupt or trap gate ({@link StudentIdtGates}, a {@code GateEncoder}),
 * which the kernel's {@code Idt} uses for every gate when a lab names the plug-in {@value #PLUGIN}.
 * Six checks worth 100 points grade it; the kit's own {@link KitGateEncoder} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's encoder in its own JVM and compares ({@link ChildGrader}).
 */
public final class IdtGatesExercise {
    public static final String NAME = "idt-gates";
    /** The plug-in name under which the student's encoder is registered. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/idtgates/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentIdtGates.class.getName();
    /** The kit's own encoder, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitGateEncoder.class.getName();

    private IdtGatesExercise() {
    }

    /** Makes the student's encoder available to labs as {@code "student"}. */
    public static void register() {
        GatePlugins.register(PLUGIN, StudentIdtGates::new);
    }

    /**
     * The encoder class {@code className}, loaded when a check first asks for one; the kit's
     * encoder and registry, and the machine's own gate encoding, count as the kit's answer.
     */
    static PluginClass<GateEncoder> underTest(String className) {
        return new PluginClass<>(className, GateEncoder.class,
            List.of("eduscc/kernel/arch/KitGateEncoder", "eduscc/kernel/arch/GatePlugins"),
            List.of("eduscc/machine/cpu/tables/GateDescriptor.encode", "eduscc/machine/cpu/tables/GateDescriptor.toBytes"));
    }

    /**
     * Every check, in the order a student would get them to pass. The boot check boots a core of
     * its own; when the kernel fails in that boot, the boot lab with the student's gates fails the
     * same way, and the replay opens it there.
     */
    public static List<ObservedCheck> checks(Supplier<GateEncoder> encoders) {
        List<ObservedCheck> checks = new ArrayList<>(EncodingChecks.all(encoders));
        checks.add(new ObservedCheck("a core boots with these gates: a system call from ring 3 and the timer's ticks"
            + " go through them", 30, o -> BootCheck.run(o, encoders),
            new LabReplays(Judge.FIRST_DIFFERENCE, "boot", Replay.Plugins.idtGates(PLUGIN), LabReplays.FAILURE_IN_THE_BOOT)));
        return checks;
    }

    /** The checks run on the kit's own encoder: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(KitGateEncoder::new);
    }

    /**
     * Grades an encoder class in a child JVM.
     *
     * @param className a {@code GateEncoder} with a constructor without arguments
     * @param graded    how the report names it, e.g. "StudentIdtGates (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
