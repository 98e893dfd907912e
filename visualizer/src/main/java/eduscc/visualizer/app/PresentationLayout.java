package eduscc.visualizer.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * F11, the layout for a projector: the window takes the whole screen (the application makes the
 * stage full screen while {@link #onProperty()} is true), the chosen view gets the larger part and
 * the mesh stays beside it when the window is wide enough for both. On a narrower screen (1280 x 800)
 * the view gets the whole width and the mesh moves into a tab of its own, one click away, instead
 * of disappearing. F11 again restores the desk layout.
 */
final class PresentationLayout {
    /** Narrower than this (in pixels) the mesh and a view side by side are both too small to read. */
    static final double ROOM_FOR_MESH_BESIDE = 1400;
    /** The mesh's share beside the view in the presentation layout, and at the desk. */
    static final double MESH_SHARE = 0.40;
    static final double DESK_MESH_SHARE = 0.42;

    private final SplitPane split;
    private final TabPane tabs;
    private final Node mesh;
    private final Tab meshTab = new Tab("Mesh");
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "presenting", false);

    PresentationLayout(SplitPane split, TabPane tabs, Node mesh) {
        this.split = split;
        this.tabs = tabs;
        this.mesh = mesh;
        meshTab.setId("tab-mesh");
        meshTab.setClosable(false);
        split.widthProperty().addListener((o, was, now) -> {
            if (on.get()) {
                arrange();
            }
        });
    }

    void toggle() {
        set(!on.get());
    }

    void set(boolean present) {
        if (present == on.get()) {
            return;
        }
        on.set(present);
        arrange();
        if (meshBeside()) {
            split.setDividerPositions(present ? MESH_SHARE : DESK_MESH_SHARE);
        }
    }

    boolean on() {
        return on.get();
    }

    /** True while the presentation layout is on; the application follows it with full screen. */
    ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    /** True when the mesh is drawn beside the views (at the desk always, presenting if there is room). */
    boolean meshBeside() {
        return split.getItems().contains(mesh);
    }

    private void arrange() {
        boolean beside = !on.get() || widthOf() >= ROOM_FOR_MESH_BESIDE;
        if (beside && !meshBeside()) {
            Tab front = tabs.getSelectionModel().getSelectedItem();
            tabs.getTabs().remove(meshTab);
            meshTab.setContent(null);
            split.getItems().add(0, mesh);
            split.setDividerPositions(on.get() ? MESH_SHARE : DESK_MESH_SHARE);
            if (front == meshTab && !tabs.getTabs().isEmpty()) {
                tabs.getSelectionModel().select(0);
            }
        } else if (!beside && meshBeside()) {
            split.getItems().remove(mesh);
            meshTab.setContent(mesh);
            tabs.getTabs().add(meshTab);
        }
    }

    private double widthOf() {
        if (split.getScene() != null) {
            return split.getScene().getWidth();
        }
        return split.getWidth();
    }
}
