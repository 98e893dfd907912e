package eduscc.visualizer.mesh;

import eduscc.visualizer.mesh.MeshLayout.Box;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The text in one core's box and the font it is drawn in, chosen so that every line fits the box
 * whole: no squeezed glyphs, no "...". Two lines ("12 running", "high p16") when the box is wide,
 * three ("12", "running", "high p16") when it is taller than wide, whichever gives the larger
 * font; never larger than {@code wanted}, the size the layout and the UI scale ask for.
 *
 * @param lines what is drawn, top to bottom; the first in bold
 * @param font  the font size in pixels for every line
 */
record BoxText(List<String> lines, double font) {
    /** Below this a box's text is not readable at all; the text is drawn anyway, cut by nothing. */
    static final double SMALLEST = 7;
    private static final double PROBE_SIZE = 10;
    private static final double LINE = 1.15;
    private static final Text PROBE = new Text();

    static BoxText fit(CoreBox core, Box box, double wanted) {
        List<String> two = core.taskText().isEmpty() ? List.of(core.headline()) : List.of(core.headline(), core.taskText());
        List<String> three = core.taskText().isEmpty()
            ? List.of(String.valueOf(core.pid()), core.stateText())
            : List.of(String.valueOf(core.pid()), core.stateText(), core.taskText());
        BoxText a = sized(two, box, wanted);
        BoxText b = sized(three, box, wanted);
        return b.font > a.font + 0.5 ? b : a;
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
        PROBE.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, PROBE_SIZE));
        PROBE.setText(s);
        return PROBE.getLayoutBounds().getWidth();
    }

    /** The width of line {@code i} at this text's font, in pixels. */
    double lineWidth(int i) {
        return width(lines.get(i), i == 0) * font / PROBE_SIZE;
    }
}
