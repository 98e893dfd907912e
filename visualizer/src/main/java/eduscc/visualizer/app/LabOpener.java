package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ShippedLabs;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * Opens a lab by name (a shipped lab) or by path. A lab that cannot be read gets a readable error
 * dialog naming the file and the field, and the window stays as it was (DESIGN §7).
 */
public final class LabOpener {
    private LabOpener() {
    }

    public static Scenario load(String nameOrPath) {
        return ShippedLabs.shippedOrFile(nameOrPath);
    }

    /** The session for {@code nameOrPath}, or empty after showing why it could not be opened. */
    public static Optional<Session> open(String nameOrPath, Window owner) {
        try {
            return Optional.of(new Session(load(nameOrPath)));
        } catch (ScenarioException | IllegalArgumentException e) {
            showError(owner, "Cannot open the lab " + nameOrPath, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // Whatever else goes wrong while the lab is read or set up, the window stays as it was.
            showError(owner, "Cannot open the lab " + nameOrPath, e.getMessage() == null
                ? e.getClass().getSimpleName() : e.getMessage());
            return Optional.empty();
        }
    }

    public static Alert showError(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("eduSCC");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
        return alert;
    }
}
