package eduscc.exercises.resetstub;

import eduscc.exercises.grading.ChildGrader;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.kernel.boot.ResetStubPlugins;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reset-stub exercise (issue 14): the student writes the real-mode code every SCC core runs
 * first, from the reset vector at 0xFFFFFFF0 to the kernel's entry in flat 32-bit protected mode
 * with the Multiboot hand-over in EAX and EBX. It is graded by the state it reaches: seven checks
 * worth 100 points, all of them on one run of the stub on core 0 ({@link StubRun}); the kit's own
 * {@code reset.asm} earns all of them.
 *
 * <p>Unlike the other exercises the submission is assembly source, not a class: the grader names it
 * by its path on the class path ({@value #STUDENT_STUB}) and the child JVM ({@link ChildMain})
 * assembles it with the kit's assembler and runs it. The grader compares what the child saw with
 * what the kit's stub shows, as for every exercise ({@link ChildGrader}). A failed check writes a
 * replay: the {@code boot} lab booted with the student's stub, stopped where it went wrong
 * ({@link StubReplays}).
 */
public final class ResetStubExercise {
    public static final String NAME = "reset-stub";
    /** Where the handout is, from the repository's root. */
    public static final String HANDOUT = "exercises/src/main/resources/eduscc/exercises/resetstub/HANDOUT.md";
    /** The stub a student writes, on the class path; graded by default. */
    public static final String STUDENT_STUB = "eduscc/exercises/resetstub/student-reset.asm";
    /** The same file as the student edits it, the name its assembly errors carry. */
    public static final String STUDENT_FILE = "exercises/src/main/resources/" + STUDENT_STUB;
    /** The kit's own stub, graded by {@code --reference}. */
    public static final String KIT_STUB = "eduscc/kernel/boot/reset.asm";
    /** The plug-in name a lab or {@code --reset-stub} uses for the student's stub. */
    public static final String PLUGIN = "student";

    private ResetStubExercise() {
    }

    /**
     * Makes the student's stub available to labs as {@code "student"} ({@code run boot --reset-stub
     * student}, {@code gui boot --compare student --part reset-stub}, a replay): assembled by the
     * kit's assembler when a lab first boots with it; a line the assembler rejects is told as
     * {@code student-reset.asm}'s {@code file:line: problem}. In the student edition the kit's
     * stub already is the student's, and this is the same stub under a second name.
     */
    public static void register() {
        ResetStubPlugins.register(PLUGIN, StubSource.plugin(STUDENT_STUB, STUDENT_FILE));
    }

    /** Every check, in the order the state is reached; all look at the run {@code run} gives. */
    static List<ObservedCheck> checks(Supplier<StubRun> run) {
        return StubChecks.all(run);
    }

    /** The checks run on the kit's own stub: what every other one is compared with. */
    public static List<ObservedCheck> reference() {
        return checks(new StubUnderTest(KIT_STUB));
    }

    /**
     * Grades a reset stub in a child JVM.
     *
     * @param stub   the stub's path on the class path, or a file
     * @param graded how the report names it, e.g. "student-reset.asm (your code)"
     * @throws IllegalArgumentException if there is no such stub
     */
    public static GradeReport grade(String stub, String graded, Limits limits) {
        if (!StubSource.exists(stub)) {
            throw new IllegalArgumentException("no reset stub " + stub + " on the class path or as a file");
        }
        return new ChildGrader(limits).grade(NAME, graded, reference(), ChildMain.class.getName(), stub, false);
    }

    /** Whether {@code name} names a reset stub (a {@code .asm} source) rather than a class. */
    public static boolean isStub(String name) {
        return StubSource.isStub(name);
    }

    /** Whether the reset stub {@code name} is on the class path or is a file. */
    public static boolean exists(String name) {
        return StubSource.exists(name);
    }

    /** The text of the reset stub {@code name}, for the grade book's starter marks. */
    public static String text(String name) {
        return StubSource.text(name);
    }
}
