package eduscc.visualizer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eduscc.visualizer.timeline.CoreLane;
import eduscc.visualizer.timeline.SchedulingRun;
import eduscc.visualizer.timeline.TimelineModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduling lab's timeline as Chrome trace-event JSON, read back as JSON. */
class ChromeTraceTest {
    private final TimelineModel model = TimelineModel.of(SchedulingRun.finished());
    private final CoreLane core0 = model.lane(0).orElseThrow();

    @TempDir
    Path dir;

    private JsonNode written() throws Exception {
        Path file = dir.resolve("scheduling-trace.json");
        ChromeTrace.write(model, file);
        return new ObjectMapper().readTree(file.toFile());
    }

    private static List<JsonNode> events(JsonNode root, String phase) {
        List<JsonNode> events = new ArrayList<>();
        root.get("traceEvents").forEach(e -> {
            if (e.get("ph").asText().equals(phase)) {
                events.add(e);
            }
        });
        return events;
    }

    @Test
    void eachCoreIsAProcessNamedCoreN() throws Exception {
        List<JsonNode> names = events(written(), "M").stream()
            .filter(e -> e.get("name").asText().equals("process_name")).toList();
        assertEquals(1, names.size());
        assertEquals(0, names.get(0).get("pid").asInt());
        assertEquals("core 0", names.get(0).get("args").get("name").asText());
    }

    @Test
    void taskSegmentsAreCompleteEventsInRunOrder() throws Exception {
        List<JsonNode> segments = events(written(), "X");
        assertEquals(core0.taskOrder(), segments.stream().map(e -> e.get("name").asText()).toList());
        JsonNode realtime = segments.get(2);
        assertEquals(core0.segments().get(2).start() / 16_000.0, realtime.get("ts").asDouble(), 1e-9);
        assertEquals(core0.segments().get(2).duration() / 16_000.0, realtime.get("dur").asDouble(), 1e-9);
        assertEquals("higher priority ready", realtime.get("args").get("reason").asText());
    }

    @Test
    void interruptsSwitchesAndSystemCallsAreInstantEvents() throws Exception {
        List<JsonNode> instants = events(written(), "i");
        assertEquals(core0.markers().size(), instants.size());
        assertEquals(13, instants.stream().filter(e -> e.get("name").asText().equals("timer tick")).count());
        assertTrue(instants.stream().allMatch(e -> e.get("s").asText().equals("t") && e.get("pid").asInt() == 0));
    }

    @Test
    void timeNeverGoesBackWithinACore() throws Exception {
        double last = -1;
        for (JsonNode e : written().get("traceEvents")) {
            if (e.has("ts")) {
                assertEquals(0, e.get("pid").asInt());
                assertTrue(e.get("ts").asDouble() >= last, "ts went back to " + e);
                last = e.get("ts").asDouble();
            }
        }
        assertEquals(model.end() / 16_000.0, events(written(), "X").stream()
            .mapToDouble(e -> e.get("ts").asDouble() + e.get("dur").asDouble()).max().orElseThrow(), 1e-6);
    }

    @Test
    void theFileSaysWhichLabItIs() throws Exception {
        JsonNode root = written();
        assertEquals("scheduling", root.get("otherData").get("lab").asText());
        assertEquals("ns", root.get("displayTimeUnit").asText());
    }
}
