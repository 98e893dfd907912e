package eduscc.visualizer.mesh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.visualizer.mesh.MeshLayout.Box;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The mesh at projector scale: its labels take the UI's scale, and all 48 core boxes keep their
 * text whole (no squeezed glyphs) at a font a class can read, in the panel sizes the window gives
 * the mesh: at the desk, beside a view in the presentation layout, and in a tab of its own.
 */
@ExtendWith(ApplicationExtension.class)
class MeshScaleTest {
    /** A core in every box with the longest texts the labs produce. */
    private static CoreBox busy(int pid) {
        return new CoreBox(pid, CoreCategory.RUNNING_TASK, "running", pid % 2 == 0 ? "realtime" : "normal-a", pid % 2 == 0 ? 31 : 8);
    }

    private static final double[][] PANELS = {{540, 650}, {770, 880}, {1250, 500}, {806, 980}};

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed: the box text is measured with the fonts JavaFX has.
    }

    @Test
    void labelsTakeTheScale() {
        for (double[] p : PANELS) {
            if (p[0] < 770) {
                continue;
            }
            MeshLayout desk = new MeshLayout(p[0], p[1], 1.0);
            MeshLayout hall = new MeshLayout(p[0], p[1], 2.5);
            assertTrue(hall.labelFont() >= 2.0 * desk.labelFont(),
                "labels at 250 % in " + p[0] + "x" + p[1] + ": " + hall.labelFont() + " vs " + desk.labelFont());
        }
    }

    @Test
    void all48BoxesKeepTheirTextWholeAndReadableAtEveryScale() {
        List<String> problems = new ArrayList<>();
        for (double[] p : PANELS) {
            for (double scale : new double[] {1.0, 1.5, 2.0, 2.5, 3.0}) {
                MeshLayout layout = new MeshLayout(p[0], p[1], scale);
                for (int pid = 0; pid < 48; pid++) {
                    Box box = layout.core(pid);
                    BoxText text = BoxText.fit(busy(pid), box, Math.max(layout.fontSize(), layout.labelFont()));
                    String where = String.format("%.0fx%.0f at %.0f%%, core %d", p[0], p[1], scale * 100, pid);
                    if (text.font() < 10) {
                        problems.add(where + ": " + text.font() + " px is too small to read");
                    }
                    for (int i = 0; i < text.lines().size(); i++) {
                        if (text.lineWidth(i) + 0.6 * text.font() > box.w() + 0.5) {
                            problems.add(where + ": '" + text.lines().get(i) + "' is wider than its box");
                        }
                    }
                    if (text.lines().size() * 1.15 * text.font() > box.h() + 0.5) {
                        problems.add(where + ": " + text.lines() + " is taller than its box");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theBoxTextGrowsWithTheScaleSayingLessWhenItMust() {
        MeshLayout desk = new MeshLayout(770, 880, 1.0);
        MeshLayout hall = new MeshLayout(770, 880, 2.5);
        double before = BoxText.fit(busy(0), desk.core(0), Math.max(desk.fontSize(), desk.labelFont())).font();
        double after = BoxText.fit(busy(0), hall.core(0), Math.max(hall.fontSize(), hall.labelFont())).font();
        assertTrue(after > before * 1.2, "core text at 250 %: " + after + " px, at 100 %: " + before + " px");
    }
}
