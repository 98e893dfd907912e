package eduscc.visualizer.app;

import eduscc.visualizer.export.PngExport;
import java.io.File;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Every docked view can be detached into a window of its own (for a second screen), shown in the
 * presentation layout (F11, {@link PresentationLayout}) and saved as a PNG. The actions sit in
 * each tab's context menu.
 *
 * <p>Only the tab in front has its view in the scene; the others keep their view aside and get
 * it back when selected. A view outside the scene costs nothing when the scale or the theme
 * changes: with every view in the scene (the source listing, the boot listing, the trace tables)
 * each Ctrl + restyled and laid out all of them and froze the window for one to four seconds.
 */
final class ViewDocking {
    private final TabPane tabs;
    private final Map<Tab, Node> views = new HashMap<>();
    private final Set<Tab> detached = new HashSet<>();
    private final PresentationLayout presentation;

    ViewDocking(SplitPane split, TabPane tabs, Node mesh) {
        this.tabs = tabs;
        this.presentation = new PresentationLayout(split, tabs, mesh);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> placeViews());
    }

    void addMenu(Tab tab) {
        MenuItem detach = new MenuItem("Detach into its own window");
        detach.setOnAction(e -> detach(tab));
        MenuItem present = new MenuItem("Presentation layout on / off (F11)");
        present.setOnAction(e -> {
            tabs.getSelectionModel().select(tab);
            toggleMaximised();
        });
        MenuItem png = new MenuItem("Save as PNG\u2026");
        png.setOnAction(e -> savePng(tab));
        tab.setContextMenu(new ContextMenu(detach, present, png));
        keepAside(tab);
    }

    /** Lets the docking hold {@code tab}'s view: in the scene while the tab is in front, aside otherwise. */
    void keepAside(Tab tab) {
        if (tab.getContent() != null) {
            views.put(tab, scrolling(tab.getContent()));
        }
        placeViews();
    }

    /**
     * The view in a scroll pane that gives it the whole tab but never less than its minimum size:
     * at 300 % a view taller or wider than its tab scrolls instead of losing its last rows off the
     * bottom. Each layout of the view also applies {@link UncutText}, so no label in it is cut.
     */
    private static Node scrolling(Node view) {
        if (view instanceof ScrollPane) {
            return view;
        }
        ScrollPane pane = new ScrollPane(view) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                UncutText.apply(view);
            }
        };
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        pane.getStyleClass().add("docked-view");
        pane.setStyle("-fx-background-insets: 0; -fx-padding: 0;");
        return pane;
    }

    /** The view a tab shows, whether or not the tab is in front. */
    Node view(Tab tab) {
        return views.getOrDefault(tab, tab.getContent());
    }

    private void placeViews() {
        Tab front = tabs.getSelectionModel().getSelectedItem();
        views.forEach((tab, view) -> {
            if (detached.contains(tab)) {
                return;
            }
            Node wanted = tab == front ? view : null;
            if (tab.getContent() != wanted) {
                tab.setContent(wanted);
            }
        });
    }

    /** The view moves into a window of its own and comes back into its tab when that window closes. */
    void detach(Tab tab) {
        Node content = view(tab);
        detached.add(tab);
        tab.setContent(new StackPane());
        Stage window = new Stage();
        window.setTitle("eduSCC: " + tab.getText());
        window.setScene(new Scene(new StackPane(content), 900, 650));
        window.setOnHidden(e -> {
            ((StackPane) window.getScene().getRoot()).getChildren().clear();
            detached.remove(tab);
            tab.setContent(null);
            placeViews();
        });
        window.show();
    }

    /** F11: the presentation layout on or off. */
    void toggleMaximised() {
        presentation.toggle();
    }

    PresentationLayout presentation() {
        return presentation;
    }

    private void savePng(Tab tab) {
        tabs.getSelectionModel().select(tab);
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(tab.getText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".png");
        File file = chooser.showSaveDialog(tabs.getScene().getWindow());
        if (file != null) {
            PngExport.write(view(tab), file.toPath());
        }
    }
}
