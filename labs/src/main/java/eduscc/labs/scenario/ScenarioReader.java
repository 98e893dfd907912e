package eduscc.labs.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a lab from JSON into a {@link Scenario}, strictly: an unknown field, a duplicate field, a
 * number where text belongs, a step type the kit does not have, or a value out of range is an
 * error, never silently ignored. Every error is a {@link ScenarioException} naming the file and the
 * field: the syntax and unknown fields are checked first on the file's tree ({@link UnknownFields}),
 * then the records are built ({@link JacksonErrors} rephrases the mapper's complaints), and the
 * cross references between parts are checked last ({@link CrossReferences}).
 */
public final class ScenarioReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();

    private ScenarioReader() {
    }

    /**
     * Reads a lab file.
     *
     * @throws ScenarioException naming the file (as given) and the field at fault
     */
    public static Scenario read(Path file) {
        String name = file.toString();
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ScenarioException(name, "", "not a regular file (a folder, pipe or device); name a lab's .json file");
            }
            return parse(name, utf8(name, Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "", "no such file");
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The file's text, or the byte where it stops being UTF-8 (a file saved as Latin-1, say). */
    private static String utf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new ScenarioException(name, "", "not valid UTF-8 text: byte " + at
                + String.format(" (0x%02X)", bytes[at] & 0xFF) + " does not begin or continue a character; save the file as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Reads a lab shipped in the jar, e.g. {@code eduscc/labs/scheduling.json}. */
    public static Scenario readResource(String resource, String fileName) {
        try (InputStream in = ScenarioReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(fileName, "", "not in the kit's jar (" + resource + ")");
            }
            return parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(fileName, "", "cannot read the shipped lab (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Reads a lab from its JSON text.
     *
     * @param fileName the name errors are reported under
     */
    public static Scenario parse(String fileName, String json) {
        Scenario scenario;
        try {
            UnknownFields.check(fileName, MAPPER.readTree(json), Scenario.class, "");
            scenario = MAPPER.readValue(json, Scenario.class);
        } catch (JsonProcessingException e) {
            throw JacksonErrors.rephrase(fileName, e);
        }
        if (scenario == null) {
            throw new ScenarioException(fileName, "", "the file holds null instead of a lab object {..}");
        }
        CrossReferences.check(fileName, scenario);
        return scenario;
    }
}
