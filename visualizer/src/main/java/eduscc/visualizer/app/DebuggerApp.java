package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The visual debugger's JavaFX application: one window with the views docked around the lab
 * session. Started by {@code eduscc gui [LAB]} through {@link Launcher}. A lab that cannot be
 * read is reported in a dialog and the boot lab opens instead.
 */
public final class DebuggerApp extends Application {
    /** The lab to open; set by the launcher before JavaFX starts (Application has no constructor arguments). */
    static volatile String labToOpen = "boot";
    /** The window's size, scale and layout; {@code gui --presenter} sets 250 % and the presentation layout. */
    static volatile WindowSetup windowSetup = WindowSetup.DESK;

    /** A session made before JavaFX started (a replay's, already at its stop); null to open {@link #labToOpen}. */
    static volatile Session sessionToOpen;
    /** The failed check a replay shows above the views; null when no replay was opened. */
    static volatile eduscc.labs.scenario.Replay replayToShow;

    /** The two runs of {@code gui LAB --compare}, made before JavaFX started; null for the ordinary window. */
    static volatile eduscc.labs.scenario.ComparedPart compareToOpen;
    static volatile java.util.Optional<eduscc.labs.debug.LabDifference> compareDifference;

    @Override
    public void start(Stage stage) {
        if (compareToOpen != null) {
            startCompare(stage);
            return;
        }
        Session session = sessionToOpen != null ? sessionToOpen
            : LabOpener.open(labToOpen, null).orElseGet(() -> new Session(ShippedLabs.load("boot")));
        MainWindow window = new MainWindow(session);
        if (replayToShow != null) {
            window.showReplay(replayToShow);
        }
        WindowSetup setup = windowSetup;
        Scene scene = new Scene(window.root(), setup.width(), setup.height());
        window.installKeys(scene);
        stage.setTitle("eduSCC debugger: " + session.lab().name());
        stage.setScene(scene);
        // The presentation layout (F11) takes the whole screen; Esc leaves full screen and with it the layout.
        window.presentingProperty().addListener((o, was, on) -> ScreenFilling.follow(stage, on));
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full) {
                window.setPresenting(false);
            }
        });
        stage.setFullScreenExitHint("F11 or Esc leaves the presentation layout");
        setup.applyTo(window);
        stage.setOnCloseRequest(e -> {
            window.stop();
            Platform.exit();
        });
        stage.show();
    }

    private void startCompare(Stage stage) {
        CompareWindow window = new CompareWindow(compareToOpen, compareDifference);
        WindowSetup setup = windowSetup;
        Scene scene = new Scene(window.root(), setup.width(), setup.height());
        window.installKeys(scene);
        window.projector().setScale(setup.scale());
        stage.setTitle("eduSCC debugger: " + compareToOpen.kit().name() + ", the kit's " + compareToOpen.part()
            + " beside yours");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            window.stop();
            Platform.exit();
        });
        stage.show();
    }
}
