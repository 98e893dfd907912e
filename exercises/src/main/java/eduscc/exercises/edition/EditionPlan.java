package eduscc.exercises.edition;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the student edition does to the kit's files, as the kit declares it in
 * {@value #FOLDER}: a {@code kit.json} for the whole kit, and an {@code edition.json} in a folder
 * per exercise, named as {@code eduscc grade} names the exercise.
 *
 * <pre>
 *   exercises/edition/kit.json                 { "readme": "README-student.md",
 *                                                "instructorOnly": [ "kernel/src/test/**", ... ] }
 *   exercises/edition/ready-queues/edition.json
 *                                              { "exercise": "ready-queues",
 *                                                "replace": { "kernel/.../sched/ReadyQueues.java": "ReadyQueues.java" },
 *                                                "instructorOnly": [ "exercises/src/test/java/eduscc/exercises/readyqueues/**" ] }
 * </pre>
 * {@code replace} maps a file of the kit that holds an exercise's answer (a path from the kit's
 * folder) to the file, in the exercise's edition folder, that takes its place: one that hands
 * every call to the student's class, so that every lab runs the student's code. {@code instructorOnly}
 * are globs of files the student edition leaves out: tests that need the kit's answer (the
 * graders' reference checks, solved and planted-bug fixtures, which contain it) and the instructor's
 * material. Every path must name a file that is there and every glob must match one, so that a
 * plan that no longer fits the kit is an error, not an edition with an answer left in it.
 *
 * @param replacements the kit's file (from the kit's folder) and the file that replaces it (absolute)
 * @param instructorOnly the globs of every file left out, each with the plan file that declares it
 * @param readme the README of the student edition (absolute)
 */
public record EditionPlan(Map<String, Path> replacements, Map<String, String> instructorOnly, Path readme) {
    /** Where the plan is, from the kit's folder. */
    public static final String FOLDER = "exercises/edition";
    /** The whole kit's plan file, in {@value #FOLDER}. */
    public static final String KIT = "kit.json";
    /** Each exercise's plan file, in {@value #FOLDER}/EXERCISE. */
    public static final String EXERCISE = "edition.json";

    record KitFile(String about, String readme, List<String> instructorOnly) {
    }

    record ExerciseFile(String exercise, Map<String, String> replace, List<String> instructorOnly) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public EditionPlan {
        replacements = new TreeMap<>(replacements);
        instructorOnly = new LinkedHashMap<>(instructorOnly);
    }

    /**
     * Reads the plan of the kit in {@code kit} for the exercises named.
     *
     * @throws EditionException naming the plan file and the field that is missing or wrong
     */
    public static EditionPlan read(Path kit, List<String> exercises) {
        Path folder = kit.resolve(FOLDER);
        Path kitFile = folder.resolve(KIT);
        if (!Files.isRegularFile(kitFile)) {
            throw new EditionException(kit + " has no " + FOLDER + "/" + KIT + ": it is not the instructor edition of"
                + " the kit (a student edition cannot make another)");
        }
        KitFile whole = parse(kitFile, KitFile.class);
        Map<String, Path> replacements = new TreeMap<>();
        Map<String, String> instructorOnly = new LinkedHashMap<>();
        for (String glob : required(whole.instructorOnly(), kitFile, "instructorOnly")) {
            instructorOnly.put(glob, FOLDER + "/" + KIT);
        }
        Path readme = folder.resolve(required(whole.readme(), kitFile, "readme"));
        mustExist(readme, kitFile, "readme");
        for (String exercise : exercises) {
            Path file = folder.resolve(exercise).resolve(EXERCISE);
            if (!Files.isRegularFile(file)) {
                throw new EditionException("exercise " + exercise + " has no " + FOLDER + "/" + exercise + "/" + EXERCISE
                    + ": write one that names the kit's files holding its answer (replace) and the tests that"
                    + " need it (instructorOnly), or the student edition would ship the answer");
            }
            ExerciseFile plan = parse(file, ExerciseFile.class);
            if (!exercise.equals(plan.exercise())) {
                throw new EditionException(file + ": field exercise is '" + plan.exercise() + "', not '" + exercise + "'");
            }
            for (Map.Entry<String, String> r : required(plan.replace(), file, "replace").entrySet()) {
                mustExist(kit.resolve(r.getKey()), file, "replace");
                Path with = file.getParent().resolve(r.getValue());
                mustExist(with, file, "replace (" + r.getKey() + ")");
                replacements.put(r.getKey(), with);
            }
            for (String glob : required(plan.instructorOnly(), file, "instructorOnly")) {
                instructorOnly.put(glob, FOLDER + "/" + exercise + "/" + EXERCISE);
            }
        }
        return new EditionPlan(replacements, instructorOnly, readme);
    }

    /** Whether the student edition leaves {@code path} (from the kit's folder, with '/') out. */
    public boolean leavesOut(String path) {
        return firstGlob(path) != null;
    }

    /** The first instructor-only glob that matches {@code path}, or null. */
    String firstGlob(String path) {
        for (String glob : instructorOnly.keySet()) {
            if (matcher(glob).matches(Path.of(path))) {
                return glob;
            }
        }
        return null;
    }

    /** Each glob that matches none of {@code paths}, with its plan file: a plan that no longer fits the kit. */
    List<String> unmatched(List<String> paths) {
        List<String> unmatched = new ArrayList<>();
        for (Map.Entry<String, String> glob : instructorOnly.entrySet()) {
            PathMatcher m = matcher(glob.getKey());
            if (paths.stream().noneMatch(p -> m.matches(Path.of(p)))) {
                unmatched.add(glob.getValue() + ": instructorOnly '" + glob.getKey() + "' matches no file of the kit");
            }
        }
        return unmatched;
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    private static <T> T parse(Path file, Class<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new EditionException(file + " is not a plan of the student edition: " + why);
        }
    }

    private static <T> T required(T value, Path file, String field) {
        if (value == null) {
            throw new EditionException(file + ": field " + field + " is missing");
        }
        return value;
    }

    private static void mustExist(Path path, Path file, String field) {
        if (!Files.isRegularFile(path)) {
            throw new EditionException(file + ": field " + field + " names " + path + ", which is not there");
        }
    }
}
