package eduscc.exercises.sleep;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Judge;
import eduscc.exercises.grading.LabReplays;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.sched.SleepPlugins;
import eduscc.kernel.sched.TimerList;
import eduscc.kernel.sched.TimerQueueFactory;
import eduscc.labs.scenario.Replay;
import java.util.ArrayList;
import java.util.List;

/**
 * The sleep exercise (issue 14): the student writes the scheduler's timer list, the insertion of
 * a task that goes to sleep and the wake-up on every tick ({@link StudentSleep}, a
 * {@code TimerQueue}), which the kernel loads through the plug-in named {@value #PLUGIN}. Six
 * checks worth 100 points grade it; the kit's own {@link TimerList} earns all of them.
 *
 * <p>The student's code runs in a child JVM ({@link ChildMain}); the grader runs the same checks
 * on the kit's list in its own JVM and compares ({@link ChildGrader}).
 */
public final class SleepExercise {
    public static final String NAME = "sleep";
    /** The plug-in name a lab or {@code --sleep} uses for the student's timer list. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/sleep/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentSleep.class.getName();
    /** The kit's own timer list, graded by {@code --reference}. */
    public static final String KIT_CLASS = TimerList.class.getName();

    private SleepExercise() {
    }

    /** Makes the student's timer list available to labs as {@code "student"}. */
    public static void register() {
        SleepPlugins.register(PLUGIN, StudentSleep::new);
    }

    /**
     * Every check, in the order a student would get them to pass.
     *
     * @param timers the timer list under test
     * @param plugin the name under which {@code timers} is registered in {@link SleepPlugins}: the
     *     lab check runs the lab with it as {@code eduscc run scheduling --sleep} does
     */
    public static List<ObservedCheck> checks(TimerQueueFactory timers, String plugin) {
        List<ObservedCheck> checks = new ArrayList<>(TimerListChecks.all(timers));
        checks.add(new ObservedCheck("the scheduling lab switches tasks at the same ticks with this timer list", 25,
            o -> LabCheck.run(o, plugin), new LabReplays(Judge.FIRST_DIFFERENCE, "scheduling",
                Replay.Plugins.sleep(PLUGIN), LabReplays.FIRST_FAILURE.orElse(LabReplays.EARLIER_TICK))));
        return checks;
    }

    /** The checks run on the kit's own timer list: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(TimerQueueFactory.KIT, SleepPlugins.KIT);
    }

    /**
     * Grades a timer-list class in a child JVM.
     *
     * @param className a {@code TimerQueue} with a constructor without arguments
     * @param graded    how the report names it, e.g. "StudentSleep (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
    }
}
