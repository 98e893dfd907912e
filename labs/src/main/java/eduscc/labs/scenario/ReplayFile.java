package eduscc.labs.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes and reads {@link Replay} files, as strictly as lab files are read: every error is a
 * {@link ScenarioException} naming the file and the field (an unknown field, a missing one, a lab
 * the kit does not ship, a plug-in nobody registered). A replay names plug-ins only by their
 * registered names, never a class.
 */
public final class ReplayFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private ReplayFile() {
    }

    /** Writes {@code replay} to {@code file}, making its folder if need be. */
    public static void write(Path file, Replay replay) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(file, MAPPER.writeValueAsString(replay) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the replay file " + file, e);
        }
    }

    /**
     * Reads a replay file.
     *
     * @throws ScenarioException naming the file (as given) and the field at fault
     */
    public static Replay read(Path file) {
        String name = file.toString();
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ScenarioException(name, "", "not a regular file; name a replay's .json file");
            }
            return parse(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "", "no such file");
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads a replay from its JSON text; {@code fileName} is the name errors are reported under. */
    public static Replay parse(String fileName, String json) {
        Replay replay;
        try {
            JsonNode tree = MAPPER.readTree(json);
            UnknownFields.check(fileName, tree, Replay.class, "");
            replay = MAPPER.treeToValue(tree, Replay.class);
        } catch (JsonProcessingException e) {
            throw JacksonErrors.rephrase(fileName, e);
        }
        if (replay == null) {
            throw new ScenarioException(fileName, "", "the file holds null instead of a replay object {..}");
        }
        check(fileName, replay);
        return replay;
    }

    private static void check(String fileName, Replay r) {
        required(fileName, "exercise", r.exercise());
        required(fileName, "check", r.check());
        required(fileName, "lab", r.lab());
        required(fileName, "stopAt", r.stopAt());
        if (r.expected() == null) {
            throw new ScenarioException(fileName, "expected", "missing: what the kit's own code showed");
        }
        if (r.actual() == null) {
            throw new ScenarioException(fileName, "actual", "missing: what the student's code showed");
        }
        if (!ShippedLabs.isShipped(r.lab()) && !ExerciseLabs.isRegistered(r.lab())) {
            throw new ScenarioException(fileName, "lab", "no shipped lab named '" + r.lab() + "'; shipped: "
                + String.join(", ", ShippedLabs.NAMES) + exerciseLabs());
        }
        if (r.kernel() == null) {
            throw new ScenarioException(fileName, "kernel", "missing: the plug-ins the check ran the lab with");
        }
        // The plug-in names are checked as a lab file's are, under the same field names.
        CrossReferences.check(fileName, r.scenario());
    }

    /** The exercises' own labs, as the error for an unknown lab lists them after the shipped ones. */
    private static String exerciseLabs() {
        List<String> names = ExerciseLabs.names();
        return names.isEmpty() ? "" : "; the exercises' own: " + String.join(", ", names);
    }

    private static void required(String fileName, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ScenarioException(fileName, field, value == null ? "missing" : "empty");
        }
    }
}
