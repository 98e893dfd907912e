package eduscc.visualizer.app;

import eduscc.visualizer.export.PngExport;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Every docked view can be detached into a window of its own (for a second screen), maximised
 * (F11 hides the mesh so the tabs fill the window, as a projector wants) and saved as a PNG.
 * The actions sit in each tab's context menu.
 */
final class ViewDocking {
    private final SplitPane split;
    private final TabPane tabs;
    private final Node mesh;
    private boolean maximised;

    ViewDocking(SplitPane split, TabPane tabs, Node mesh) {
        this.split = split;
        this.tabs = tabs;
        this.mesh = mesh;
    }

    void addMenu(Tab tab) {
        MenuItem detach = new MenuItem("Detach into its own window");
        detach.setOnAction(e -> detach(tab));
        MenuItem maximise = new MenuItem("Maximise / restore (F11)");
        maximise.setOnAction(e -> toggleMaximised());
        MenuItem png = new MenuItem("Save as PNG\u2026");
        png.setOnAction(e -> savePng(tab));
        tab.setContextMenu(new ContextMenu(detach, maximise, png));
    }

    /** The view moves into a window of its own and comes back into its tab when that window closes. */
    void detach(Tab tab) {
        Node content = tab.getContent();
        tab.setContent(new StackPane());
        Stage window = new Stage();
        window.setTitle("eduSCC: " + tab.getText());
        window.setScene(new Scene(new StackPane(content), 900, 650));
        window.setOnHidden(e -> tab.setContent(content));
        window.show();
    }

    void toggleMaximised() {
        maximised = !maximised;
        if (maximised) {
            split.getItems().remove(mesh);
        } else if (!split.getItems().contains(mesh)) {
            split.getItems().add(0, mesh);
            split.setDividerPositions(0.42);
        }
    }

    boolean maximised() {
        return maximised;
    }

    private void savePng(Tab tab) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(tab.getText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".png");
        File file = chooser.showSaveDialog(tabs.getScene().getWindow());
        if (file != null) {
            PngExport.write(tab.getContent(), file.toPath());
        }
    }
}
