package eduscc.labs.debug;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.labs.scenario.ShippedLabs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A debugging session saved to a file, so a lecturer can prepare a lecture and open it at the
 * same spot: the lab, the position (instruction boundaries since the boot: the run is
 * deterministic, so this is the whole state) and the breakpoints.
 *
 * <pre>
 * { "lab": "scheduling", "position": 1200,
 *   "breakpoints": [ {"type": "event", "kind": "ModeSwitch"},
 *                    {"type": "sourceLine", "file": "eduscc/kernel/Kernel.java", "line": 120} ] }
 * </pre>
 *
 * {@code lab} is a shipped lab's name or a lab file's path (relative paths are read from the
 * session file's folder). Errors are {@link ScenarioException}s naming the session file and the field.
 *
 * @param lab         a shipped lab's name or a path to a lab file
 * @param position    instruction boundaries since the boot
 * @param breakpoints in the order they were set
 */
public record SessionFile(String lab, long position, List<DebugBreakpoint> breakpoints) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    public SessionFile {
        if (lab == null || lab.isBlank()) {
            throw new IllegalArgumentException("lab: missing: a shipped lab's name or a lab file's path");
        }
        if (position < 0) {
            throw new IllegalArgumentException("position: must be >= 0, got " + position);
        }
        breakpoints = breakpoints == null ? List.of() : List.copyOf(breakpoints);
    }

    /** What a session stands at now: its lab (by name), its position, the breakpoints set. */
    public static SessionFile of(Session session, Breakpoints breakpoints) {
        return new SessionFile(session.lab().name(), session.snapshot().position(), breakpoints.all());
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
    }

    /** Reads a session file; the lab is not opened yet. */
    public static SessionFile read(Path file) {
        String name = file.toString();
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(name, "", "cannot be read: " + e.getMessage());
        }
        try {
            return MAPPER.readValue(json, SessionFile.class);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new ScenarioException(name, field(e), firstLine(cause.getMessage()));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(name, "", "not JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    /** The session's breakpoints as a set. */
    public Breakpoints breakpointSet() {
        return new Breakpoints(breakpoints);
    }

    /**
     * Opens the lab and runs it to the saved position; the caller owns (and closes) the session.
     *
     * @param file the session file, to name it in errors and to resolve a relative lab path
     */
    public Session open(Path file) {
        Session session = openAtStart(file);
        if (position > 0) {
            session.runTo(position, "opened " + file.getFileName() + ",");
        }
        return session;
    }

    /** Opens the lab at its boot, leaving the run to {@link #position()} to the caller (the GUI's simulation thread). */
    public Session openAtStart(Path file) {
        Scenario scenario = ShippedLabs.isShipped(lab) ? ShippedLabs.load(lab) : readLab(file);
        return new Session(scenario);
    }

    private Scenario readLab(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path labFile = dir == null ? Path.of(lab) : dir.resolve(lab);
        if (!Files.isRegularFile(labFile)) {
            throw new ScenarioException(file.toString(), "lab",
                "neither a shipped lab " + ShippedLabs.NAMES + " nor a file: " + labFile);
        }
        return ScenarioReader.read(labFile);
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
