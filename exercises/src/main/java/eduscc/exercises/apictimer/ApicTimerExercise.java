package eduscc.exercises.apictimer;

import eduscc.exercises.grading.PluginClass;
import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.arch.ApicTimerSetup;
import eduscc.kernel.arch.KitApicTimer;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The APIC timer exercise (issue 14): the student writes eduOS's {@code lapic_reset}, the set-up
 * of the core's local APIC and its periodic timer ({@link StudentApicTimer}, an
 * {@code ApicTimerSetup}), which the kernel runs at boot when a lab names the plug-in
 * {@value #PLUGIN}. Six checks worth 100 points grade it; the kit's own {@link KitApicTimer} earns
 * all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's set-up in its own JVM and compares ({@link ChildGrader}).
 */
public final class ApicTimerExercise {
    public static final String NAME = "apic-timer";
    /** The plug-in name a lab or {@code --apic-timer} uses for the student's set-up. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/apictimer/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentApicTimer.class.getName();
    /** The kit's own set-up, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitApicTimer.class.getName();

    private ApicTimerExercise() {
    }

    /** Makes the student's set-up available to labs as {@code "student"}. */
    public static void register() {
        ApicTimerPlugins.register(PLUGIN, StudentApicTimer::new);
    }

    /**
     * The set-up class {@code className}, loaded when a check first asks for one; the kit's set-up,
     * its registry and the kernel driver's count of core clocks per tick count as the kit's answer.
     */
    static PluginClass<ApicTimerSetup> underTest(String className) {
        return new PluginClass<>(className, ApicTimerSetup.class,
            List.of("eduscc/kernel/arch/KitApicTimer", "eduscc/kernel/arch/ApicTimerPlugins"),
            List.of("eduscc/kernel/arch/Apic.countFor", "eduscc/kernel/arch/Apic.start"));
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param setups  makes the set-up under test, one per run
     * @param plugin  the name under which {@code setups} is registered in {@link ApicTimerPlugins}: the
     *                lab check runs the labs with it as {@code eduscc run interrupts --apic-timer} does
     */
    public static List<ObservedCheck> checks(Supplier<ApicTimerSetup> setups, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(RegisterChecks.all(setups));
        checks.add(new ObservedCheck("the interrupts and thread-create-250hz labs tick at the same cycles with this"
            + " set-up's writes, in its order and at its cycles (their values are the checks above's)", 25,
            o -> LabCheck.run(o, plugin), new LabReplays(Judge.FIRST_DIFFERENCE,
            List.of("interrupts", "thread-create-250hz"), Replay.Plugins.apicTimer(PLUGIN), LabReplays.FIRST_FAILURE
                .orElse(LabReplays.nthEvent("tick ", "tick")).orElse(ApicTimerExercise::whereTheTicksPart))));
        return checks;
    }

    /**
     * Where the debugger stops for the number of ticks a lab's core took: at the student's last
     * tick, after which no more came; at the first halt, where the core waits for a tick, if none
     * came at all; at the first tick the kit's run does not take, if the student's took more.
     */
    private static String whereTheTicksPart(String label, String expected, String actual) {
        if (!label.startsWith("ticks the ")) {
            return null;
        }
        long kit;
        long student;
        try {
            kit = Long.parseLong(expected);
            student = Long.parseLong(actual);
        } catch (NumberFormatException notACount) {
            return null;
        }
        if (student == 0) {
            return "Halt:1";
        }
        return "tick:" + (student < kit ? student : kit + 1);
    }

    /** The checks run on the kit's own set-up: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(KitApicTimer::new, ApicTimerPlugins.KIT);
    }

    /**
     * Grades a set-up class in a child JVM.
     *
     * @param className an {@code ApicTimerSetup} with a constructor without arguments
     * @param graded    how the report names it, e.g. "StudentApicTimer (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
