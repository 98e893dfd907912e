package eduscc.visualizer.app;

import eduscc.labs.scenario.ShippedLabs;
import eduscc.visualizer.breakpoints.SessionFileActions;
import java.io.File;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window's Lab menu: open a shipped lab or a lab file, reload the current one, save the
 * session (lab, breakpoints, position) or open a saved one. A file that cannot be read gets a
 * dialog and leaves the window as it was.
 */
final class LabMenu {
    private final MenuButton menu = new MenuButton("Lab");

    LabMenu(MainWindow window) {
        menu.setId("lab-menu");
        for (String shipped : ShippedLabs.NAMES) {
            menu.getItems().add(item("Open the " + shipped + " lab", () -> window.openLab(shipped)));
        }
        menu.getItems().add(item("Open a lab file\u2026", () -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("lab files", "*.json"));
            File chosen = chooser.showOpenDialog(stage());
            if (chosen != null) {
                window.openLab(chosen.toString());
            }
        }));
        menu.getItems().add(item("Reload", window::reloadLab));
        menu.getItems().add(item("Save session\u2026",
            () -> SessionFileActions.save(stage(), window.controller().session(), window.allBreakpoints())));
        menu.getItems().add(item("Open session\u2026",
            () -> SessionFileActions.open(stage()).ifPresent(window::adopt)));
    }

    MenuButton node() {
        return menu;
    }

    private Stage stage() {
        return (Stage) menu.getScene().getWindow();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
