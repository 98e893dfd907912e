package eduscc.exercises.cli;

import eduscc.exercises.grading.CheckResult;
import eduscc.exercises.grading.GradeReport;
import eduscc.labs.scenario.ReplayFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay files of a grading of the student's own code: one per failed check that ran a lab,
 * {@code replays/EXERCISE-checkN.json} beside the grade book ({@code .eduscc/} in the kit's
 * folder; N counts the checks from 1, as the report lists them). The files of an earlier grading
 * of the exercise are removed first, so a check that passes now leaves no replay behind. Opened
 * with {@code eduscc gui --replay FILE}.
 */
final class FailureReplays {
    private FailureReplays() {
    }

    /** The folder of the replays: {@code replays} beside the grade book {@code gradeBook}. */
    static Path besideTheGrades(Path gradeBook) {
        return gradeBook.toAbsolutePath().getParent().resolve("replays");
    }

    /**
     * Writes the replays of {@code report} into {@code folder}.
     *
     * @return each written file by the index of its check in the report
     * @throws UncheckedIOException if the folder or a file cannot be written
     */
    static Map<Integer, Path> write(GradeReport report, Path folder) {
        removeEarlier(report.exercise(), folder);
        Map<Integer, Path> written = new LinkedHashMap<>();
        List<CheckResult> checks = report.checks();
        for (int i = 0; i < checks.size(); i++) {
            CheckResult check = checks.get(i);
            if (!check.passed() && check.replay() != null) {
                Path file = folder.resolve(report.exercise() + "-check" + (i + 1) + ".json");
                ReplayFile.write(file, check.replay());
                written.put(i, file);
            }
        }
        return written;
    }

    private static void removeEarlier(String exercise, Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(folder, exercise + "-check*.json")) {
            for (Path file : earlier) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the earlier replays in " + folder, e);
        }
    }

    /** The command that opens a replay, as the report prints it: the file relative to here when it lies below. */
    static String command(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return "./eduscc gui --replay " + (absolute.startsWith(here) ? here.relativize(absolute) : file);
    }
}
