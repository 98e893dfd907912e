package eduscc.visualizer.timeline;

import java.util.List;
import java.util.Optional;

/**
 * One core's strip of the timeline: the tasks that had the core, back to back from time 0 to the
 * snapshot's time, and the markers of what happened on it.
 */
public record CoreLane(int core, List<Segment> segments, List<Marker> markers) {
    public CoreLane {
        segments = List.copyOf(segments);
        markers = List.copyOf(markers);
    }

    /** The task that had the core at {@code time}; empty outside the lane. */
    public Optional<Segment> segmentAt(long time) {
        int low = 0;
        int high = segments.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Segment s = segments.get(mid);
            if (time < s.start()) {
                high = mid - 1;
            } else if (time >= s.end()) {
                low = mid + 1;
            } else {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The task names in the order they got the core, repeats included. */
    public List<String> taskOrder() {
        return segments.stream().map(Segment::task).toList();
    }

    public List<Marker> markers(Marker.Kind kind) {
        return markers.stream().filter(m -> m.kind() == kind).toList();
    }
}
