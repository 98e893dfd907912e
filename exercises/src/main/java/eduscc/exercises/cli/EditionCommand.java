package eduscc.exercises.cli;

import eduscc.exercises.edition.EditionException;
import eduscc.exercises.edition.EditionPlan;
import eduscc.exercises.edition.StudentEdition;
import eduscc.exercises.grading.ReferenceRecording;
import eduscc.exercises.messaging.MessagingLabs;
import eduscc.labs.cli.UsageError;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code eduscc edition student DIR}: writes the student edition of this kit into DIR
 * ({@link StudentEdition}, as {@code exercises/edition/} plans it): every exercise's answer replaced
 * by a hand-over to the student's class, the instructor-only files left out, the graders given
 * what the kit's reference showed. The instructor edition is the kit itself.
 *
 * <p>Exit code 0 when the edition was written; 1 when the plan does not fit the kit or DIR cannot
 * be written; 2 for a mistake on the command line.
 */
final class EditionCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Path kit;

    EditionCommand(PrintStream out, PrintStream err, Path kit) {
        this.out = out;
        this.err = err;
        this.kit = kit;
    }

    int run(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("student")) {
            throw new UsageError(args.isEmpty() ? "edition needs the edition to write: edition student DIR"
                : "no edition named '" + args.get(0) + "': the kit writes the student edition (edition student DIR);"
                    + " the instructor edition is the kit itself");
        }
        if (args.size() != 2 || args.get(1).startsWith("-")) {
            throw new UsageError("edition student takes one folder to write the edition into, got "
                + (args.size() == 1 ? "none" : String.join(" ", args.subList(1, args.size()))));
        }
        Path target = Path.of(args.get(1)).toAbsolutePath().normalize();
        try {
            EditionPlan plan = EditionPlan.read(kit, GradeCommand.EXERCISES);
            StudentEdition.Written written = new StudentEdition(kit, plan).write(target, recordings());
            out.println("eduSCC student edition written to " + target);
            out.println("  " + written.copied() + " files from " + kit + ", " + written.leftOut()
                + " instructor-only files left out");
            out.println("  replaced: " + String.join(", ", written.replaced()));
            out.println("  the graders judge against the kit's recorded reference: " + String.join(", ", written.recorded()));
            out.println("  build it there with: mvn -B -o -q package (or ./eduscc grade, which builds it)");
            return 0;
        } catch (EditionException e) {
            err.println("eduscc edition: " + e.getMessage());
            return 1;
        }
    }

    /** Each exercise's reference, recorded by running its grader only as far as the reference. */
    private static Map<String, Supplier<String>> recordings() {
        Map<String, Supplier<String>> recordings = new LinkedHashMap<>();
        for (GradeCommand.Exercise exercise : GradeCommand.ALL) {
            recordings.put(exercise.name(), () -> ReferenceRecording.capture(exercise.name(),
                () -> exercise.grader().grade(exercise.kitClass(), exercise.kit(), exercise.limits())));
        }
        recordings.put(MessagingLabs.NAME, () -> ReferenceRecording.capture(MessagingLabs.NAME, MessagingLabs::gradeTheKit));
        return recordings;
    }
}
