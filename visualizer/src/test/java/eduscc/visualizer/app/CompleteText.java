package eduscc.visualizer.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a student in the back row would see wrong in a window: a label or a table cell whose
 * displayed text was cut ("0x0000..." where the label holds "0x00000000"), or a label outside the
 * window or outside its panel with no scroll bar to reach it. JavaFX draws a Labeled's text as its
 * child {@link Text} with style class "text"; a cut one differs from {@link Labeled#getText()}.
 */
final class CompleteText {
    private CompleteText() {
    }

    /** Every problem under {@code root}, one line each, naming the node and its text. */
    static List<String> problems(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, found);
            }
        }
    }

    private static void check(Labeled labeled, List<String> found) {
        String full = labeled.getText();
        if (full == null || full.isBlank()) {
            return;
        }
        Text shown = displayed(labeled);
        if (shown == null) {
            return;
        }
        String text = shown.getText();
        String expected = labeled.isMnemonicParsing() ? full.replace("_", "") : full;
        if (!text.equals(expected) && !text.equals(full)) {
            found.add(describe(labeled) + " shows '" + text + "' for '" + full + "'"
                + (Boolean.getBoolean("debugCut") ? String.format(" [h %.0f pref %.0f w %.0f min %.0f max %.0f]", labeled.getHeight(), labeled.prefHeight(labeled.getWidth()), labeled.getWidth(), labeled.minHeight(labeled.getWidth()), labeled.maxHeight(labeled.getWidth())) : ""));
            return;
        }
        Bounds b = labeled.localToScene(labeled.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || scrolled(labeled)) {
            return;
        }
        var scene = labeled.getScene();
        if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
            found.add(describe(labeled) + " '" + full + "' lies outside the window at " + rect(b));
            return;
        }
        for (Node up = labeled.getParent(); up != null; up = up.getParent()) {
            if (up.getClip() != null) {
                Bounds panel = up.localToScene(up.getLayoutBounds());
                if (b.getMaxY() > panel.getMaxY() + 1 || b.getMaxX() > panel.getMaxX() + 1) {
                    found.add(describe(labeled) + " '" + full + "' falls off its panel " + rect(panel) + " at "
                        + rect(b) + " with no scroll bar");
                }
                return;
            }
        }
    }

    /**
     * Inside a scroll pane or a virtual flow (tables, lists, code areas) a label is reached by
     * scrolling; a tab's title that does not fit the tab row is in the tab row's menu.
     */
    private static boolean scrolled(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane || up instanceof javafx.scene.control.TableView
                || up instanceof javafx.scene.control.TreeTableView
                || up.getStyleClass().contains("tab-header-area") || up.getClass().getSimpleName().contains("VirtualFlow")
                || up.getClass().getSimpleName().contains("VirtualizedScrollPane")) {
                return true;
            }
        }
        return false;
    }

    private static Text displayed(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && t.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }

    private static String describe(Labeled l) {
        String id = l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName();
        Node up = l.getParent();
        while (up != null && up.getId() == null) {
            up = up.getParent();
        }
        return id + (up == null ? "" : " in #" + up.getId());
    }

    private static String rect(Bounds b) {
        return String.format("[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
