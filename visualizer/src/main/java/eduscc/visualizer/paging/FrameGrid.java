package eduscc.visualizer.paging;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The frame allocator's bitmap as a grid: one cell per frame of the pool, a row per bitmap word
 * (32 frames, 128 KiB), the number of the row's first frame on its left. A used frame is filled, a
 * frame with a count above one (shared after a fork) is marked in another colour with a border.
 * Cell sizes are in em (paging.css), so the grid grows with the projector's scale.
 *
 * <p>Hovering a cell shows its frame in the line under the grid; clicking selects it, and the
 * line goes back to the selected frame when the pointer leaves. Node ids: {@code #frame-N}.
 */
final class FrameGrid {
    static final int PER_ROW = 32;

    private final GridPane grid = new GridPane();
    private final Label info;
    private final List<Region> cells = new ArrayList<>();
    private List<PagingViewModel.FrameCell> frames = List.of();
    private int selected = -1;

    FrameGrid(Label info) {
        this.info = info;
        grid.getStyleClass().add("frame-grid");
    }

    GridPane node() {
        return grid;
    }

    /** Draws {@code next}; the cells are made once and only restyled afterwards. */
    void show(List<PagingViewModel.FrameCell> next) {
        frames = next;
        if (cells.size() != next.size()) {
            build(next.size());
        }
        for (PagingViewModel.FrameCell f : next) {
            Region cell = cells.get(f.frame());
            cell.getStyleClass().removeAll("used", "shared");
            if (f.used()) {
                cell.getStyleClass().add("used");
            }
            if (f.shared()) {
                cell.getStyleClass().add("shared");
            }
        }
        describe(selected);
    }

    /** Selects frame {@code frame} (a click does this) and shows it under the grid. */
    void select(int frame) {
        if (selected >= 0 && selected < cells.size()) {
            cells.get(selected).getStyleClass().remove("selected");
        }
        selected = frame;
        if (frame >= 0 && frame < cells.size()) {
            cells.get(frame).getStyleClass().add("selected");
        }
        describe(frame);
    }

    private void build(int count) {
        grid.getChildren().clear();
        cells.clear();
        for (int f = 0; f < count; f++) {
            if (f % PER_ROW == 0) {
                Label row = new Label(Integer.toString(f));
                row.getStyleClass().add("frame-row-number");
                grid.add(row, 0, f / PER_ROW);
            }
            Region cell = new Region();
            cell.setId("frame-" + f);
            cell.getStyleClass().add("frame-cell");
            int frame = f;
            cell.setOnMouseEntered(e -> describe(frame));
            cell.setOnMouseExited(e -> describe(selected));
            cell.setOnMouseClicked(e -> select(frame));
            cells.add(cell);
            grid.add(cell, 1 + f % PER_ROW, f / PER_ROW);
        }
    }

    private void describe(int frame) {
        info.setText(frame >= 0 && frame < frames.size() ? frames.get(frame).describe()
            : "hover over or click a frame for its count");
    }
}
