package eduscc.exercises.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Limits;
import eduscc.exercises.hypercalls.HypercallsExercise;
import eduscc.exercises.messaging.MessagingExercise;
import eduscc.exercises.pagefaults.PageFaultsExercise;
import eduscc.exercises.readyqueues.ReadyQueuesExercise;
import eduscc.exercises.semaphores.SemaphoresExercise;
import eduscc.exercises.sleep.SleepExercise;
import eduscc.labs.cli.UsageError;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * {@code eduscc grade EXERCISE [--reference | --class CLASS] [--json] [limits]}: grades the
 * student's code for an exercise ({@code ready-queues}, {@code page-faults},
 * {@code hypercalls}, {@code messaging}, {@code semaphores}, {@code sleep}) and prints every check with its
 * points and, if it failed, why. The code under test runs in a child JVM with a heap, a thread
 * and a time limit; this JVM judges. {@code --reference} grades the kit's own implementation,
 * which earns every point; {@code --class} grades another class (a teacher's copy of a
 * submission, the kit's test fixtures).
 *
 * <p>Exit code 0 only when every check passed and the code under test behaved; 1 when a check
 * failed or the code misbehaved (ended its JVM, left too many threads, broke its report, used the
 * kit's own queue); 2 for a mistake on the command line.
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
        new Exercise(SemaphoresExercise.NAME, SemaphoresExercise.HANDOUT, SemaphoresExercise.STUDENT_CLASS,
            "StudentSemaphores (your code)", SemaphoresExercise.KIT_CLASS, "KitWaitAndPost (the kit's reference)",
            SemaphoresExercise::grade),
        new Exercise(SleepExercise.NAME, SleepExercise.HANDOUT, SleepExercise.STUDENT_CLASS,
            "StudentSleep (your code)", SleepExercise.KIT_CLASS, "TimerList (the kit's reference)",
            SleepExercise::grade));
    static final List<String> EXERCISES = ALL.stream().map(Exercise::name).toList();

    /**
     * Made on first use: the command table names this class for its usage line, and every other
     * command (boot, run, asm) should not pay for loading Jackson (about 0.15 s of start-up).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final PrintStream out;
    private final PrintStream err;

    GradeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
        if (exercise == null || !EXERCISES.contains(exercise)) {
            throw new UsageError(exercise == null ? "grade needs an exercise: " + String.join(", ", EXERCISES)
                : "no exercise named '" + exercise + "'; the exercises are: " + String.join(", ", EXERCISES));
        }
        Exercise chosen = ALL.get(EXERCISES.indexOf(exercise));
        Limits limits = chosen.limits();
        limits = heap == null ? limits : limits.withHeap(heap);
        limits = threads == null ? limits : limits.withThreads(threads);
        limits = seconds == null ? limits : limits.withPerCheck(Duration.ofSeconds(seconds));
        if (reference && className != null) {
            throw new UsageError("grade takes --reference or --class, not both");
        }
        String graded = reference ? chosen.kitClass() : className != null ? className : chosen.studentClass();
        if (ClassLoader.getSystemResource(graded.replace('.', '/') + ".class") == null) {
            throw new UsageError("--class: no class named '" + graded + "' on the kit's class path");
        }
        String shown = reference ? chosen.kit() : className != null ? className : chosen.student();
        GradeReport report;
        try {
            report = chosen.grader().grade(graded, shown, limits);
        } catch (UncheckedIOException e) {
            err.println("eduscc grade: " + e.getMessage());
            return 1;
        }
        if (json) {
            out.println(pretty(report));
        } else {
            print(report, chosen.handout(), limits);
        }
        return report.passed() ? 0 : 1;
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

    private void print(GradeReport report, String handout, Limits limits) {
        out.println("eduSCC grade " + report.exercise() + ": " + report.graded());
        out.println("  (handout: " + handout + ")");
        out.println("  (the code runs in a separate JVM: " + limits + ")");
        for (CheckResult r : report.checks()) {
            out.printf("  [%2d/%2d] %s %s%n", r.earned(), r.possible(), r.passed() ? "ok  " : "FAIL", r.name());
            if (!r.passed()) {
                for (String line : r.message().split("\n")) {
                    out.println("            " + line);
                }
            }
        }
        if (!report.problem().isEmpty()) {
            out.println("  FAILED: " + report.problem());
        }
        out.printf("  total: %d/%d points%n", report.earned(), report.possible());
    }

    private static String pretty(GradeReport report) {
        try {
            return Json.MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
