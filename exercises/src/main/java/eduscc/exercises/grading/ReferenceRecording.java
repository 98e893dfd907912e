package eduscc.exercises.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eduscc.exercises.observing.CheckObservations;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the kit's reference showed in every check of an exercise: the values each check is judged
 * against. The instructor edition observes them anew at each grading, by running the checks on the
 * kit's own implementation in the grader's JVM. The student edition has no kit implementation to
 * run (its kernel runs the student's), so {@code eduscc edition student} records them when it makes
 * the edition, into the resource {@value #FOLDER}{@code EXERCISE.json}, and the grader there reads
 * them instead: the same values, without the code that made them.
 */
public final class ReferenceRecording {
    /** Where the recordings are, on the class path. */
    public static final String FOLDER = "eduscc/exercises/expected/";

    /** One check as the reference showed it. */
    public record Check(String name, int points, List<String> labels, List<String> values) {
    }

    /** An exercise's recording. */
    public record Recording(String exercise, List<Check> checks) {
    }

    /** The values and labels the checks of one grading are judged against. */
    record Expected(List<CheckObservations> observations, List<List<String>> labels) {
    }

    /** Thrown to end a grading whose reference was captured for a recording: nothing else is to run. */
    private static final class Captured extends RuntimeException {
        final transient Recording recording;

        Captured(Recording recording) {
            super("captured the reference of " + recording.exercise(), null, false, false);
            this.recording = recording;
        }
    }

    private static final ThreadLocal<Boolean> CAPTURING = ThreadLocal.withInitial(() -> false);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReferenceRecording() {
    }

    /** Whether this kit grades {@code exercise} against a recording (the student edition). */
    public static boolean isRecorded(String exercise) {
        return ReferenceRecording.class.getClassLoader().getResource(FOLDER + exercise + ".json") != null;
    }

    /**
     * Runs {@code grading}, a grading of an exercise in the instructor edition, only as far as its
     * reference: the checks run on the kit's implementation, here, and no JVM for the code under
     * test is started. Returns what the reference showed, as the JSON of a {@link Recording}.
     */
    public static String capture(String exercise, Runnable grading) {
        CAPTURING.set(true);
        try {
            grading.run();
        } catch (Captured captured) {
            return json(captured.recording);
        } finally {
            CAPTURING.set(false);
        }
        throw new IllegalStateException("grading " + exercise + " did not run its reference through ChildGrader,"
            + " so there is nothing to record");
    }

    /** The recording, or what the reference shows now; a capture in progress ends here. */
    static Expected expected(String exercise, List<ObservedCheck> reference) {
        if (!CAPTURING.get() && isRecorded(exercise)) {
            return read(exercise, reference);
        }
        List<CheckObservations> observations = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (ObservedCheck check : reference) {
            Observer observer = new Observer();
            CheckObservations seen = check.observe(observer);
            if (seen.threw() != null) {
                throw new IllegalStateException("the kit's reference fails check '" + check.name() + "': " + seen.threw());
            }
            observations.add(seen);
            labels.add(observer.labels());
            checks.add(new Check(check.name(), check.points(), observer.labels(), seen.values()));
        }
        if (CAPTURING.get()) {
            throw new Captured(new Recording(exercise, checks));
        }
        return new Expected(observations, labels);
    }

    private static Expected read(String exercise, List<ObservedCheck> reference) {
        String resource = FOLDER + exercise + ".json";
        Recording recording;
        try (InputStream in = ReferenceRecording.class.getClassLoader().getResourceAsStream(resource)) {
            recording = JSON.readValue(in, Recording.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the recorded reference " + resource + " cannot be read: " + e.getMessage(), e);
        }
        List<Check> checks = recording.checks();
        for (int i = 0; i < Math.max(checks.size(), reference.size()); i++) {
            String recorded = i < checks.size() ? checks.get(i).name() : "nothing";
            String now = i < reference.size() ? reference.get(i).name() : "nothing";
            if (!recorded.equals(now)) {
                throw new IllegalStateException("the recorded reference " + resource + " has check " + (i + 1) + " '"
                    + recorded + "' where the grader has '" + now + "': make the student edition again");
            }
        }
        List<CheckObservations> observations = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (Check check : checks) {
            observations.add(new CheckObservations(check.values(), null));
            labels.add(check.labels());
        }
        return new Expected(observations, labels);
    }

    private static String json(Recording recording) {
        try {
            return JSON.writeValueAsString(recording);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
