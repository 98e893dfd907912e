package eduscc.visualizer.app;

import javafx.application.Application;

/**
 * Starts the JavaFX application from a plain main class, so that the kit's jar runs on the class
 * path without the JavaFX launcher checks (javafx-notes §1.3).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void launch(String lab) {
        launch(lab, WindowSetup.DESK);
    }

    /** Opens {@code lab} in a window set up as {@code window} says (size, scale, presentation layout). */
    public static void launch(String lab, WindowSetup window) {
        DebuggerApp.labToOpen = lab;
        DebuggerApp.windowSetup = window;
        Application.launch(DebuggerApp.class);
    }
}
