package eduscc.exercises.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eduscc.exercises.elfloader.ElfLoaderExercise;
import eduscc.exercises.apictimer.ApicTimerExercise;
import eduscc.exercises.gdt.GdtExercise;
import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.grading.ReferenceRecording;
import eduscc.exercises.hypercalls.HypercallsExercise;
import eduscc.exercises.idtgates.IdtGatesExercise;
import eduscc.exercises.messaging.MessagingExercise;
import eduscc.exercises.pagefaults.PageFaultsExercise;
import eduscc.exercises.pageframes.PageFramesExercise;
import eduscc.exercises.readyqueues.ReadyQueuesExercise;
import eduscc.exercises.resetstub.ResetStubExercise;
import eduscc.exercises.semaphores.SemaphoresExercise;
import eduscc.exercises.sleep.SleepExercise;
import eduscc.exercises.switchcontext.SwitchContextExercise;
import eduscc.exercises.syscall.SyscallExercise;
import eduscc.labs.cli.UsageError;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code eduscc grade [EXERCISE | all] [--reference | --class CLASS] [--json] [limits]}: grades the
 * student's code for an exercise ({@code ready-queues}, {@code page-faults},
 * {@code hypercalls}, {@code messaging}, {@code gdt}, {@code idt-gates}, {@code semaphores},
 * {@code sleep}, {@code reset-stub}, {@code elf-loader}, {@code apic-timer},
 * {@code switch-context}, {@code page-frames}, {@code syscall}) and prints every check with its
 * points and, if it failed, why. The code under test runs in a child JVM with a heap, a thread
 * and a time limit; this JVM judges. {@code --reference} grades the kit's own implementation,
 * which earns every point; {@code --class} grades another class (a teacher's copy of a
 * submission, the kit's test fixtures; for {@code reset-stub}, whose submission is assembly source, a
 * {@code .asm} on the class path or a file).
 *
 * <p>Each grading of the student's own class is kept in the {@link GradeBook}. Without an exercise
 * the command lists every exercise and how far it is ({@link GradeOverview}); {@code all} grades
 * each in turn and ends with a table of them.
 *
 * <p>Exit code 0 only when every check passed and the code under test behaved (for {@code all}: in
 * every exercise); 1 when a check failed or the code misbehaved (ended its JVM, left too many
 * threads, broke its report, used the kit's own queue); 2 for a mistake on the command line.
 */
final class GradeCommand {
    /**
     * One exercise the command grades.
     *
     * @param student what the report calls the student's class
     * @param kit     what the report calls the kit's own implementation ({@code --reference})
     */
    record Exercise(String name, String handout, String studentClass, String student, String kitClass, String kit,
                    Grader grader, Limits limits) {
        /** With the grader's usual limits. */
        Exercise(String name, String handout, String studentClass, String student, String kitClass, String kit,
                 Grader grader) {
            this(name, handout, studentClass, student, kitClass, kit, grader, Limits.DEFAULT);
        }
    }

    /** Grades a class of an exercise in a child JVM. */
    @FunctionalInterface
    interface Grader {
        GradeReport grade(String className, String graded, Limits limits);
    }

    static final List<Exercise> ALL = List.of(
        new Exercise(ReadyQueuesExercise.NAME, ReadyQueuesExercise.HANDOUT, ReadyQueuesExercise.STUDENT_CLASS,
            "StudentReadyQueues (your code)", ReadyQueuesExercise.KIT_CLASS, "ReadyQueues (the kit's reference)",
            ReadyQueuesExercise::grade),
        new Exercise(PageFaultsExercise.NAME, PageFaultsExercise.HANDOUT, PageFaultsExercise.STUDENT_CLASS,
            "StudentPageFaults (your code)", PageFaultsExercise.KIT_CLASS, "KitPageFaultResolver (the kit's reference)",
            PageFaultsExercise::grade),
        new Exercise(HypercallsExercise.NAME, HypercallsExercise.HANDOUT, HypercallsExercise.STUDENT_CLASS,
            "StudentHypercalls (your code)", HypercallsExercise.KIT_CLASS, "KitHypercallDispatcher (the kit's reference)",
            HypercallsExercise::grade),
        new Exercise(MessagingExercise.NAME, MessagingExercise.HANDOUT, MessagingExercise.STUDENT_CLASS,
            "StudentMessaging (your code)", MessagingExercise.KIT_CLASS, "KitMessagePassing (the kit's reference)",
            MessagingExercise::grade, MessagingExercise.LIMITS),
        new Exercise(GdtExercise.NAME, GdtExercise.HANDOUT, GdtExercise.STUDENT_CLASS,
            "StudentGdt (your code)", GdtExercise.KIT_CLASS, "KitGdtEncoder (the kit's reference)", GdtExercise::grade),
        new Exercise(IdtGatesExercise.NAME, IdtGatesExercise.HANDOUT, IdtGatesExercise.STUDENT_CLASS,
            "StudentIdtGates (your code)", IdtGatesExercise.KIT_CLASS, "KitGateEncoder (the kit's reference)",
            IdtGatesExercise::grade),
        new Exercise(SemaphoresExercise.NAME, SemaphoresExercise.HANDOUT, SemaphoresExercise.STUDENT_CLASS,
            "StudentSemaphores (your code)", SemaphoresExercise.KIT_CLASS, "KitWaitAndPost (the kit's reference)",
            SemaphoresExercise::grade),
        new Exercise(SleepExercise.NAME, SleepExercise.HANDOUT, SleepExercise.STUDENT_CLASS,
            "StudentSleep (your code)", SleepExercise.KIT_CLASS, "TimerList (the kit's reference)",
            SleepExercise::grade),
        new Exercise(ResetStubExercise.NAME, ResetStubExercise.HANDOUT, ResetStubExercise.STUDENT_STUB,
            "student-reset.asm (your code)", ResetStubExercise.KIT_STUB, "reset.asm (the kit's reference)",
            ResetStubExercise::grade),
        new Exercise(ElfLoaderExercise.NAME, ElfLoaderExercise.HANDOUT, ElfLoaderExercise.STUDENT_CLASS,
            "StudentElfLoader (your code)", ElfLoaderExercise.KIT_CLASS, "ElfLoader (the kit's reference)",
            ElfLoaderExercise::grade),
        new Exercise(ApicTimerExercise.NAME, ApicTimerExercise.HANDOUT, ApicTimerExercise.STUDENT_CLASS,
            "StudentApicTimer (your code)", ApicTimerExercise.KIT_CLASS, "KitApicTimer (the kit's reference)",
            ApicTimerExercise::grade),
        new Exercise(SwitchContextExercise.NAME, SwitchContextExercise.HANDOUT, SwitchContextExercise.STUDENT_CLASS,
            "StudentSwitchContext (your code)", SwitchContextExercise.KIT_CLASS,
            "KitSwitchContext (the kit's reference)", SwitchContextExercise::grade),
        new Exercise(PageFramesExercise.NAME, PageFramesExercise.HANDOUT, PageFramesExercise.STUDENT_CLASS,
            "StudentPageFrames (your code)", PageFramesExercise.KIT_CLASS, "KitPageFrames (the kit's reference)",
            PageFramesExercise::grade),
        new Exercise(SyscallExercise.NAME, SyscallExercise.HANDOUT, SyscallExercise.STUDENT_CLASS,
            "StudentSyscalls (your code)", SyscallExercise.KIT_CLASS, "KitExtraSyscalls (the kit's reference)",
            SyscallExercise::grade));
    static final List<String> EXERCISES = ALL.stream().map(Exercise::name).toList();
    /** The word that grades every exercise in turn. */
    static final String ALL_EXERCISES = "all";

    /**
     * Made on first use: the command table names this class for its usage line, and every other
     * command (boot, run, asm) should not pay for loading Jackson (about 0.15 s of start-up).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final PrintStream out;
    private final PrintStream err;
    private final GradeBook book;

    GradeCommand(PrintStream out, PrintStream err) {
        this(out, err, GradeBook.ofTheKit());
    }

    GradeCommand(PrintStream out, PrintStream err, GradeBook book) {
        this.out = out;
        this.err = err;
        this.book = book;
    }

    int run(List<String> args) {
        String exercise = null;
        boolean reference = false;
        boolean json = false;
        String className = null;
        Integer heap = null;
        Integer threads = null;
        Integer seconds = null;
        for (Iterator<String> words = args.iterator(); words.hasNext(); ) {
            String word = words.next();
            switch (word) {
                case "--reference" -> reference = true;
                case "--json" -> json = true;
                case "--class" -> className = value(words, word);
                case "--heap-mb" -> heap = number(words, word, Limits.MIN_HEAP, Limits.MAX_HEAP);
                case "--max-threads" -> threads = number(words, word, 1, Limits.MAX_THREADS);
                case "--check-seconds" -> seconds = number(words, word, 1, Limits.MAX_SECONDS);
                default -> {
                    if (word.startsWith("-")) {
                        throw new UsageError("unknown grade option '" + word + "'");
                    }
                    if (exercise != null) {
                        throw new UsageError("grade takes one exercise, got '" + exercise + "' and '" + word + "'");
                    }
                    exercise = word;
                }
            }
        }
        if (reference && className != null) {
            throw new UsageError("grade takes --reference or --class, not both");
        }
        if (exercise == null) {
            if (reference || className != null || heap != null || threads != null || seconds != null) {
                throw new UsageError("grade needs an exercise, or all, to grade: " + String.join(", ", EXERCISES));
            }
            try {
                return new GradeOverview(out, book, ALL).list(json);
            } catch (UncheckedIOException e) {
                err.println("eduscc grade: " + e.getMessage());
                return 1;
            }
        }
        boolean all = exercise.equals(ALL_EXERCISES);
        Options options = new Options(reference, className, json, all, heap, threads, seconds);
        if (all) {
            if (className != null) {
                throw new UsageError("--class grades one exercise: grade all grades each exercise's own class");
            }
            return gradeAll(options);
        }
        if (!EXERCISES.contains(exercise)) {
            throw new UsageError("no exercise named '" + exercise + "'; the exercises are: " + String.join(", ", EXERCISES)
                + " (or all)");
        }
        GradeReport report = grade(ALL.get(EXERCISES.indexOf(exercise)), options);
        return report != null && report.passed() ? 0 : 1;
    }

    /**
     * What the command line asked of a grading: whose class, how to print (with {@code all} and
     * {@code json}: one JSON list of every report at the end), the child JVM's limits.
     */
    private record Options(boolean reference, String className, boolean json, boolean all, Integer heap,
                           Integer threads, Integer seconds) {
        Limits limits(Exercise exercise) {
            Limits limits = exercise.limits();
            limits = heap == null ? limits : limits.withHeap(heap);
            limits = threads == null ? limits : limits.withThreads(threads);
            return seconds == null ? limits : limits.withPerCheck(Duration.ofSeconds(seconds));
        }

        /** Only a grading of the student's own class goes into the grade book. */
        boolean ofTheStudentsClass() {
            return !reference && className == null;
        }
    }

    /** {@code grade all}: every exercise in turn, then a table of them all; 0 only if every one passed. */
    private int gradeAll(Options options) {
        List<GradeReport> reports = new ArrayList<>();
        for (Exercise exercise : ALL) {
            GradeReport report = grade(exercise, options);
            reports.add(report != null ? report : GradeReport.of(exercise.name(), exercise.student(), List.of(),
                "could not be graded (see the error above)"));
            if (!options.json()) {
                out.println();
            }
        }
        if (options.json()) {
            out.println(pretty(reports));
        } else {
            new GradeOverview(out, book, ALL).summary(reports, options.ofTheStudentsClass());
        }
        return reports.stream().allMatch(GradeReport::passed) ? 0 : 1;
    }

    /** Grades one exercise and prints its report; null when the grading could not run (said on err). */
    private GradeReport grade(Exercise chosen, Options options) {
        if (options.reference() && ReferenceRecording.isRecorded(chosen.name())) {
            throw new UsageError("--reference: the kit's own implementation is only in the instructor edition; this is"
                + " the student edition, whose grader judges your code against what the kit's showed");
        }
        Limits limits = options.limits(chosen);
        String graded = options.reference() ? chosen.kitClass()
            : options.className() != null ? options.className() : chosen.studentClass();
        if (ResetStubExercise.isStub(graded) ? !ResetStubExercise.exists(graded)
            : ClassLoader.getSystemResource(graded.replace('.', '/') + ".class") == null) {
            throw new UsageError("--class: no " + (ResetStubExercise.isStub(graded) ? "reset stub" : "class") + " named '"
                + graded + "' on the kit's class path" + (ResetStubExercise.isStub(graded) ? " or as a file" : ""));
        }
        String shown = options.reference() ? chosen.kit() : options.className() != null ? options.className()
            : chosen.student();
        GradeReport report;
        try {
            report = chosen.grader().grade(graded, shown, limits);
        } catch (UncheckedIOException e) {
            err.println("eduscc grade: " + e.getMessage());
            return null;
        }
        // Only the student's own class is what a lab's "student" plug-in runs, so only its failures replay.
        Map<Integer, Path> replays = options.ofTheStudentsClass() ? writeReplays(report) : Map.of();
        if (!options.json()) {
            print(report, chosen.handout(), limits, replays);
        } else if (!options.all()) {
            out.println(pretty(report));
        }
        if (options.ofTheStudentsClass()) {
            keep(report, chosen, options.json());
        }
        return report;
    }

    /** Writes the grading into the grade book, and says where (a book that cannot be written is said, not fatal). */
    private void keep(GradeReport report, Exercise exercise, boolean json) {
        StarterMarks marks = StarterMarks.of(exercise.studentClass());
        try {
            book.record(report, marks == null ? "" : marks.fingerprint());
            if (!json) {
                out.println("  (kept in " + book.file() + "; ./eduscc grade lists every exercise)");
            }
        } catch (UncheckedIOException e) {
            err.println("eduscc grade: " + e.getMessage());
        }
    }

    private static String value(Iterator<String> words, String option) {
        if (!words.hasNext()) {
            throw new UsageError(option + " needs a value");
        }
        return words.next();
    }

    private static int number(Iterator<String> words, String option, int min, int max) {
        String text = value(words, option);
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageError(option + " must be a whole number from " + min + " to " + max + ", got '" + text + "'");
    }

    private Map<Integer, Path> writeReplays(GradeReport report) {
        try {
            return FailureReplays.write(report, FailureReplays.besideTheGrades(book.file()));
        } catch (UncheckedIOException e) {
            err.println("eduscc grade: no replay files: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
            return Map.of();
        }
    }

    private void print(GradeReport report, String handout, Limits limits, Map<Integer, Path> replays) {
        out.println("eduSCC grade " + report.exercise() + ": " + report.graded());
        out.println("  (handout: " + handout + ")");
        out.println("  (the code runs in a separate JVM: " + limits + ")");
        List<CheckResult> checks = report.checks();
        for (int i = 0; i < checks.size(); i++) {
            CheckResult r = checks.get(i);
            out.printf("  [%2d/%2d] %s %s%n", r.earned(), r.possible(), r.passed() ? "ok  " : "FAIL", r.name());
            if (!r.passed()) {
                for (String line : r.message().split("\n")) {
                    out.println("            " + line);
                }
            }
            if (replays.containsKey(i)) {
                out.println("            see it in the debugger: " + FailureReplays.command(replays.get(i)));
            }
        }
        printCompareHint(report, replays);
        if (!report.problem().isEmpty()) {
            out.println("  FAILED: " + report.problem());
        }
        out.printf("  total: %d/%d points%n", report.earned(), report.possible());
    }

    /**
     * Under a report with a failed check that wrote no replay (a unit check runs no lab): the
     * command that shows the student's part beside the kit's in the lab the part works in.
     */
    void printCompareHint(GradeReport report, Map<Integer, Path> replays) {
        List<CheckResult> checks = report.checks();
        boolean unreplayed = false;
        for (int i = 0; i < checks.size(); i++) {
            unreplayed |= !checks.get(i).passed() && !replays.containsKey(i);
        }
        if (unreplayed) {
            CompareLabs.command(report.exercise()).ifPresent(command ->
                out.println("  watch your code beside the kit's in a lab (the first difference is marked): " + command));
        }
    }

    private static String pretty(Object reports) {
        try {
            return Json.MAPPER.writeValueAsString(reports);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
