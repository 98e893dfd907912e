package eduscc.exercises.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.exercises.grading.Grader;
import eduscc.exercises.readyqueues.ReadyQueuesExercise;
import eduscc.exercises.readyqueues.StudentReadyQueues;
import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.cli.UsageError;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code eduscc grade EXERCISE [--reference] [--json]}: grades the student's code for an exercise
 * (today: {@code ready-queues}) and prints every check with its points and, if it failed, why.
 * {@code --reference} grades the kit's own implementation instead, which earns every point. Exit
 * code 0 with full marks, 1 otherwise, 2 for a mistake on the command line.
 */
final class GradeCommand {
    static final List<String> EXERCISES = List.of(ReadyQueuesExercise.NAME);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;

    GradeCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        String exercise = null;
        boolean reference = false;
        boolean json = false;
        for (String word : args) {
            switch (word) {
                case "--reference" -> reference = true;
                case "--json" -> json = true;
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
        GradeReport report = reference
            ? ReadyQueuesExercise.grade(ReadyQueueFactory.KIT, "ReadyQueues (the kit's reference)", new Grader())
            : ReadyQueuesExercise.grade(StudentReadyQueues::new, "StudentReadyQueues (your code)", new Grader());
        if (json) {
            out.println(pretty(report));
        } else {
            print(report);
        }
        return report.fullMarks() ? 0 : 1;
    }

    private void print(GradeReport report) {
        out.println("eduSCC grade " + report.exercise() + ": " + report.graded());
        out.println("  (handout: " + ReadyQueuesExercise.HANDOUT + ")");
        for (CheckResult r : report.checks()) {
            out.printf("  [%2d/%2d] %s %s%n", r.earned(), r.possible(), r.passed() ? "ok  " : "FAIL", r.name());
            if (!r.passed()) {
                for (String line : r.message().split("\n")) {
                    out.println("            " + line);
                }
            }
        }
        out.printf("  total: %d/%d points%n", report.earned(), report.possible());
    }

    private static String pretty(GradeReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
