package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The visual debugger's JavaFX application: one window with the views docked around the lab
 * session. Started by {@code eduscc gui [LAB]} through {@link Launcher}.
 */
public final class DebuggerApp extends Application {
    /** The lab to open; set by the launcher before JavaFX starts (Application has no constructor arguments). */
    static volatile String labToOpen = "boot";

    @Override
    public void start(Stage stage) {
        Session session = new Session(ShippedLabs.isShipped(labToOpen) ? ShippedLabs.load(labToOpen)
            : eduscc.labs.scenario.ScenarioReader.read(java.nio.file.Path.of(labToOpen)));
        MainWindow window = new MainWindow(session);
        stage.setTitle("eduSCC debugger: " + session.lab().name());
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.setOnCloseRequest(e -> session.close());
        stage.show();
    }
}
