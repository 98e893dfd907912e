package eduscc.exercises.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eduscc.exercises.grading.GradeReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The student's grade book: the last grading of each exercise's own class, kept in a small JSON file
 * that only {@code eduscc grade} writes, {@value #FILE} in the kit's folder (or where the system
 * property {@value #PROPERTY} says: the tests keep theirs in {@code target/}). {@code eduscc grade}
 * without an exercise reads it to say how far each exercise is.
 *
 * <pre>
 *   { "exercises" : { "ready-queues" : { "earned" : 85, "possible" : 100, "passed" : false,
 *                                        "problem" : "", "fingerprint" : "3f2a..." }, ... } }
 * </pre>
 * The fingerprint is the graded class files' ({@link StarterMarks}): when the class changed after
 * its grading, the points are those of an older version, and the list says so.
 */
final class GradeBook {
    /** Where the book lies, from the kit's folder. */
    static final String FILE = ".eduscc/grades.json";
    /** A system property that names another file for the book. */
    static final String PROPERTY = "eduscc.grades";

    /** One exercise's last grading. */
    record Entry(int earned, int possible, boolean passed, String problem, String fingerprint) {
    }

    /** The file's whole content. */
    record Book(Map<String, Entry> exercises) {
        Book {
            exercises = new TreeMap<>(exercises == null ? Map.of() : exercises);
        }
    }

    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    private final Path file;

    GradeBook(Path file) {
        this.file = file;
    }

    /** The book of the kit this code runs from, or the one {@value #PROPERTY} names. */
    static GradeBook ofTheKit() {
        String property = System.getProperty(PROPERTY);
        return new GradeBook(property != null ? Path.of(property) : KitFolder.find().resolve(FILE));
    }

    Path file() {
        return file;
    }

    /** The last grading of {@code exercise}, or null if it was never graded. */
    Entry last(String exercise) {
        return read().exercises().get(exercise);
    }

    /** Keeps {@code report} as the last grading of its exercise, with the fingerprint of the graded class. */
    void record(GradeReport report, String fingerprint) {
        Book book = read();
        book.exercises().put(report.exercise(), new Entry(report.earned(), report.possible(), report.passed(),
            report.problem(), fingerprint));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Json.MAPPER.writeValue(file.toFile(), book);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the grade book " + file + ": " + e.getMessage(), e);
        }
    }

    /** The book; an empty one if the file is not there yet. */
    Book read() {
        if (!Files.exists(file)) {
            return new Book(Map.of());
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), Book.class);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new UncheckedIOException("the grade book " + file + " is not one eduscc grade wrote (" + why
                + "); delete it and grade again", e);
        }
    }
}
