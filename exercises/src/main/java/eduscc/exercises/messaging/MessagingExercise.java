package eduscc.exercises.messaging;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.ipc.KitMessagePassing;
import eduscc.kernel.ipc.MessagingPlugins;
import java.util.ArrayList;
import java.util.List;

/**
 * The messaging exercise (issue 13): the student writes RCCE's gory layer (put, get, the flags,
 * waitUntil) from CL1INVMB and MPB reads and writes, and RCCE_send and RCCE_recv with flags on
 * top of it ({@link StudentMessaging} and its {@code Gory}), which the kernel loads through the
 * messaging plug-in named {@value #PLUGIN}. Ten checks worth 100 points grade it, on 2 and on 48
 * cores; the kit's own {@link KitMessagePassing} earns all of them.
 *
 * <p>The gory layer and the protocol are graded apart: the protocol checks run the student's send
 * and receive over the kit's gory layer, so that a missing CL1INVMB costs its own check and not
 * every other one too. The labs ({@code eduscc run ping-pong --messaging student}) run both of
 * the student's. A failed check replays the first of the labs that shows the student's mistake
 * ({@link MessagingLabs}).
 */
public final class MessagingExercise {
    public static final String NAME = "messaging";
    /** The plug-in name a lab or {@code --messaging} uses for the student's send and receive. */
    public static final String PLUGIN = "student";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/messaging/HANDOUT.md";
    /** The class a student writes, graded by default. */
    public static final String STUDENT_CLASS = StudentMessaging.class.getName();
    /** The kit's own send and receive, graded by {@code --reference}. */
    public static final String KIT_CLASS = KitMessagePassing.class.getName();

    /**
     * The grader's limits for this exercise: the 48-core ring boots 48 kernels, so 400 threads (a
     * few execution contexts per core, where the JDK has no virtual threads) and 30 s per check
     * (about 4 s in a warm JVM, more in the grader's fresh child on a busy machine).
     */
    public static final Limits LIMITS = Limits.DEFAULT.withThreads(400).withPerCheck(java.time.Duration.ofSeconds(30));

    private MessagingExercise() {
    }

    /** Makes the student's send and receive, over the student's gory layer, available to labs as {@code "student"}. */
    public static void register() {
        MessagingPlugins.register(PLUGIN, new Submission(STUDENT_CLASS).whole());
    }

    /** Every check of the class {@code className}, in the order a student would get them to pass. */
    public static List<ObservedCheck> checks(String className) {
        return checks(new Submission(className));
    }

    static List<ObservedCheck> checks(Submission submission) {
        List<ObservedCheck> checks = new ArrayList<>(GoryChecks.all(submission));
        checks.addAll(ProtocolChecks.all(submission));
        return checks;
    }

    /** The checks run on the kit's own send, receive and gory layer: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(KIT_CLASS);
    }

    /**
     * Grades a class in a child JVM.
     *
     * @param className a {@code MessagePassing} with a constructor {@code (MpbPort, GoryLayer)} and a nested
     *     {@code Gory} with a constructor {@code (MpbPort)}, as {@link StudentMessaging}
     * @param graded    how the report names it, e.g. "StudentMessaging (your code)"
     */
    public static GradeReport grade(String className, String graded, Limits limits) {
        boolean kit = className.equals(KIT_CLASS);
        GradeReport report = new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), className, !kit);
        return kit ? report : MessagingLabs.withReplays(report, () -> MessagingLabs.grade(className, graded, limits));
    }
}
