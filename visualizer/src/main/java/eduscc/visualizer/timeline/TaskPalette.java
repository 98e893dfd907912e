package eduscc.visualizer.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * A colour per task, the same in the bars and the legend: "boot" and "idle" in greys so the eye
 * goes to the tasks, the others from a qualitative palette in the order they first ran, so that
 * re-running a lab gives every task the same colour again.
 */
final class TaskPalette {
    private static final List<Color> COLOURS = List.of(
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"), Color.web("#e15759"),
        Color.web("#b07aa1"), Color.web("#76b7b2"), Color.web("#edc948"), Color.web("#9c755f"),
        Color.web("#ff9da7"), Color.web("#3b7f3b"));
    private static final Color BOOT = Color.web("#8c8c8c");
    private static final Color IDLE = Color.web("#d9d9d9");

    private final Map<String, Color> assigned = new HashMap<>();

    /** Gives colours to the tasks of a model in legend order; tasks seen before keep theirs. */
    void assign(List<String> tasks) {
        for (String task : tasks) {
            colour(task);
        }
    }

    Color colour(String task) {
        if (task.equals(TimelineModel.BOOT)) {
            return BOOT;
        }
        if (task.equals(TimelineModel.IDLE)) {
            return IDLE;
        }
        return assigned.computeIfAbsent(task, t -> COLOURS.get(assigned.size() % COLOURS.size()));
    }

    /** Black or white, whichever reads better on {@code background}. */
    static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance > 0.55 ? Color.BLACK : Color.WHITE;
    }

    static Color markerColour(Marker.Kind kind) {
        return switch (kind) {
            case INTERRUPT -> Color.web("#b2182b");
            case TASK_SWITCH -> Color.web("#2166ac");
            case SYSTEM_CALL -> Color.web("#1b7837");
            case PAGE_FAULT -> Color.web("#e08214");
        };
    }
}
