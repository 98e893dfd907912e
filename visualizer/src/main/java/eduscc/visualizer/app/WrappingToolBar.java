package eduscc.visualizer.app;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.FlowPane;

/**
 * The window's tool bar as rows that wrap: at 250 % on a 1280-pixel screen the controls need two
 * or three rows, and a lecturer must see Run, Step, Next and the core list all the time rather
 * than look for them behind the tool bar's "\u00BB" overflow button. The controls are the items of
 * an ordinary {@link ToolBar} (never shown itself), so adding a control stays one line there.
 */
final class WrappingToolBar {
    private WrappingToolBar() {
    }

    static Node of(ToolBar bar) {
        FlowPane rows = new FlowPane();
        rows.setId("tool-rows");
        rows.getStyleClass().addAll("tool-bar", "tool-rows");
        rows.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        rows.setStyle("-fx-padding: 0.3em 0.5em; -fx-hgap: 0.3em; -fx-vgap: 0.3em;");
        Bindings.bindContent(rows.getChildren(), bar.getItems());
        return rows;
    }
}
