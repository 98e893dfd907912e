package eduscc.visualizer.mesh;

import eduscc.visualizer.mesh.MeshLayout.Box;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The text in one core's box and the font it is drawn in, chosen so that every line fits the box
 * whole: no squeezed glyphs, no "...". The most a box can say is "12 running" over "high p16"
 * (or the same on three lines when the box is taller than wide); when the box is too small for
 * that at a font the class can read (half of what the UI scale asks, at least
 * {@value #READABLE} px), it says less and says it larger: "12" over "high", "12 high" on one
 * line, then only "12".
 * The colour still shows the state, and the CPU and run-queue views tell the rest.
 *
 * @param lines what is drawn, top to bottom; the first in bold
 * @param font  the font size in pixels for every line
 */
record BoxText(List<String> lines, double font) {
    /** The smallest font a box is drawn in. */
    static final double SMALLEST = 7;
    /** Below this a box says less, larger. */
    static final double READABLE = 10;
    private static final double PROBE_SIZE = 10;
    private static final double LINE = 1.15;
    private static final Text PROBE = new Text();
    private static final Font BOLD_PROBE = Font.font("System", FontWeight.BOLD, PROBE_SIZE);
    private static final Font PLAIN_PROBE = Font.font("System", FontWeight.NORMAL, PROBE_SIZE);
    /** Widths at {@link #PROBE_SIZE} by text; used on the JavaFX thread only. */
    private static final Map<String, Double> WIDTHS = new HashMap<>();

    /**
     * @param wanted the font size the layout and the UI scale ask for; the text is never larger
     */
    static BoxText fit(CoreBox core, Box box, double wanted) {
        String pid = String.valueOf(core.pid());
        boolean task = !core.taskText().isEmpty();
        List<List<String>> variants = List.of(
            task ? List.of(core.headline(), core.taskText()) : List.of(core.headline()),
            task ? List.of(pid, core.stateText(), core.taskText()) : List.of(pid, core.stateText()),
            task ? List.of(pid, core.task()) : List.of(pid, core.stateText()),
            List.of(pid + " " + (task ? core.task() : core.stateText())),
            List.of(pid));
        double readable = Math.max(READABLE, wanted * 0.5);
        BoxText largest = null;
        for (int i = 0; i < variants.size(); i++) {
            BoxText t = sized(variants.get(i), box, wanted);
            // Two and three lines say the same: take the larger of the two before saying less.
            if (i == 0) {
                BoxText three = sized(variants.get(1), box, wanted);
                t = three.font > t.font + 0.5 ? three : t;
                i++;
            }
            if (t.font >= Math.min(readable, wanted)) {
                return t;
            }
            largest = largest == null || t.font > largest.font ? t : largest;
        }
        return largest;
    }

    private static BoxText sized(List<String> lines, Box box, double wanted) {
        double widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            widest = Math.max(widest, width(lines.get(i), i == 0) / PROBE_SIZE);
        }
        // Width: the text plus a padding of 0.3 em on each side; height: the lines plus 0.36 em.
        double byWidth = box.w() / (widest + 0.6);
        double byHeight = box.h() / (lines.size() * LINE + 0.36);
        return new BoxText(lines, Math.max(SMALLEST, Math.min(wanted, Math.min(byWidth, byHeight))));
    }

    /** The width of {@code s} at {@link #PROBE_SIZE} px; text width grows in proportion to the size. */
    static double width(String s, boolean bold) {
        // A repaint asks for the same few words ("in reset", "idle p0") 48 times over: measure each once.
        String key = (bold ? "b:" : "n:") + s;
        Double known = WIDTHS.get(key);
        if (known != null) {
            return known;
        }
        if (WIDTHS.size() > 1024) {
            WIDTHS.clear();
        }
        PROBE.setFont(bold ? BOLD_PROBE : PLAIN_PROBE);
        PROBE.setText(s);
        double w = PROBE.getLayoutBounds().getWidth();
        WIDTHS.put(key, w);
        return w;
    }

    /** The width of line {@code i} at this text's font, in pixels. */
    double lineWidth(int i) {
        return width(lines.get(i), i == 0) * font / PROBE_SIZE;
    }
}
