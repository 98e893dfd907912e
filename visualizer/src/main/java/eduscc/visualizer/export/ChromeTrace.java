package eduscc.visualizer.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eduscc.machine.time.Clocks;
import eduscc.visualizer.timeline.CoreLane;
import eduscc.visualizer.timeline.Marker;
import eduscc.visualizer.timeline.Segment;
import eduscc.visualizer.timeline.TimelineModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline as a Chrome trace-event file, which Perfetto (ui.perfetto.dev) and chrome://tracing
 * open, for looking at long runs with their tools. Each core is a process (pid = core number,
 * named "core N") with one thread "tasks"; each task segment is a complete event ("ph":"X") and
 * each interrupt, task switch and system call an instant event ("ph":"i"). The format counts
 * microseconds, so ts and dur are global time divided by 16,000 units per microsecond.
 */
public final class ChromeTrace {
    /** Global time units (1/16 ns) per microsecond, the trace-event format's unit. */
    static final double UNITS_PER_MICROSECOND = 1000.0 * Clocks.UNITS_PER_NS;
    private static final int TASKS_THREAD = 0;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();

    private ChromeTrace() {
    }

    /**
     * One entry of "traceEvents", fields as the Trace Event Format names them; absent fields are
     * left out of the file.
     *
     * @param s instant scope, "t" (the thread) for ours
     */
    record Event(String name, String cat, String ph, Double ts, Double dur, int pid, Integer tid, String s,
                 Map<String, Object> args) { }

    /** The whole file: the events plus what the format allows for display and provenance. */
    record File(List<Event> traceEvents, String displayTimeUnit, Map<String, Object> otherData) { }

    public static void write(TimelineModel model, Path file) {
        try {
            MAPPER.writeValue(file.toFile(), document(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Chrome trace " + file, e);
        }
    }

    public static String toJson(TimelineModel model) {
        try {
            return MAPPER.writeValueAsString(document(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static File document(TimelineModel model) {
        List<Event> events = new ArrayList<>();
        for (CoreLane lane : model.lanes()) {
            events.addAll(metadata(lane.core()));
            events.addAll(timed(lane));
        }
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("lab", model.lab());
        other.put("source", "eduSCC timeline; ts in microseconds of simulated time (16,000 units of 1/16 ns)");
        return new File(events, "ns", other);
    }

    private static List<Event> metadata(int core) {
        return List.of(
            new Event("process_name", null, "M", null, null, core, null, null, Map.of("name", "core " + core)),
            new Event("process_sort_index", null, "M", null, null, core, null, null, Map.of("sort_index", core)),
            new Event("thread_name", null, "M", null, null, core, TASKS_THREAD, null, Map.of("name", "tasks")));
    }

    /** Segments and markers of one core in time order, so ts never goes back within a core. */
    private static List<Event> timed(CoreLane lane) {
        List<Event> events = new ArrayList<>();
        for (Segment s : lane.segments()) {
            events.add(new Event(s.task(), "task", "X", micros(s.start()), micros(s.duration()), lane.core(),
                TASKS_THREAD, null, Map.of("reason", s.reason())));
        }
        for (Marker m : lane.markers()) {
            events.add(new Event(m.label(), category(m.kind()), "i", micros(m.time()), null, lane.core(), TASKS_THREAD,
                "t", null));
        }
        events.sort(Comparator.comparingDouble(Event::ts));
        return events;
    }

    private static String category(Marker.Kind kind) {
        return switch (kind) {
            case INTERRUPT -> "interrupt";
            case TASK_SWITCH -> "task switch";
            case SYSTEM_CALL -> "system call";
            case PAGE_FAULT -> "page fault";
        };
    }

    static double micros(long units) {
        return units / UNITS_PER_MICROSECOND;
    }
}
