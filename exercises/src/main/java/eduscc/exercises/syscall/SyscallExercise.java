package eduscc.exercises.syscall;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sys.ExtraSyscallsFactory;
import eduscc.kernel.sys.KitExtraSyscalls;
import eduscc.kernel.sys.SyscallPlugins;
import eduscc.labs.scenario.ExerciseLabs;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;

/**
 * The system-call exercise (issue 14): the student adds a system call to the kernel, {@code uptime}
 * (number 44: the timer ticks since boot, and the ticks per second stored through a user
 * pointer), in {@link StudentSyscalls}, an {@code ExtraSyscalls} that the kernel's
 * {@code syscall_handler} asks for every number it does not know itself, loaded through the
 * plug-in named {@value #PLUGIN}. Five checks worth 100 points grade it; the kit's own
 * {@link KitExtraSyscalls} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's calls in its own JVM and compares ({@link ChildGrader}).
 */
public final class SyscallExercise {
    public static final String NAME = "syscall";
    /** The plug-in name a lab or {@code --syscalls} uses for the student's system calls. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/syscall/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentSyscalls.class.getName();
    /** The kit's own, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitExtraSyscalls.class.getName();

    private SyscallExercise() {
    }

    /** Makes the student's system calls available to labs as {@code "student"}. */
    public static void register() {
        SyscallPlugins.register(PLUGIN, StudentSyscalls::new);
        ExerciseLabs.register(ProgramCheck.LAB, () -> ProgramCheck.lab(SyscallPlugins.KIT));
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param syscalls the system calls under test
     * @param plugin   the name under which {@code syscalls} is registered in {@link SyscallPlugins}:
     *     the program check runs /bin/uptime with it
     */
    public static List<ObservedCheck> checks(ExtraSyscallsFactory syscalls, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(UptimeChecks.all(syscalls));
        checks.add(new ObservedCheck("/bin/uptime calls it from ring 3 and prints the kit's line", 25,
            o -> ProgramCheck.run(o, plugin), new LabReplays(Judge.FIRST_DIFFERENCE, ProgramCheck.LAB,
            Replay.Plugins.syscalls(PLUGIN), LabReplays.FIRST_FAILURE.orElse(ProgramCheck::whereTheCallIs))));
        return checks;
    }

    /** The checks run on the kit's own calls: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(ExtraSyscallsFactory.KIT, SyscallPlugins.KIT);
    }

    /**
     * Grades a class of system calls in a child JVM.
     *
     * @param className an {@code ExtraSyscalls} with a constructor {@code (SyscallServices)}
     * @param graded    how the report names it, e.g. "StudentSyscalls (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
