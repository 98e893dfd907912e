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

    /**
     * Opens a failed check's replay: the lab with the student's plug-in, stopped where the check
     * failed, with the expected and the actual value above the views.
     *
     * @throws eduscc.labs.scenario.ScenarioException naming the file and field when the stop cannot be reached
     */
    public static void launchReplay(java.nio.file.Path file, eduscc.labs.scenario.Replay replay, WindowSetup window) {
        DebuggerApp.sessionToOpen = ReplayOpener.open(file, replay);
        DebuggerApp.replayToShow = replay;
        DebuggerApp.windowSetup = window;
        Application.launch(DebuggerApp.class);
    }

    /**
     * Opens the side-by-side window: the lab with the kit's part and with the compared plug-in, after
     * both were run headless once to find their first difference.
     */
    public static void launchCompare(eduscc.labs.scenario.ComparedPart compared, WindowSetup window) {
        DebuggerApp.compareDifference = eduscc.labs.debug.LabDifference.find(compared.kit(), compared.student());
        DebuggerApp.compareToOpen = compared;
        DebuggerApp.windowSetup = window;
        Application.launch(DebuggerApp.class);
    }

    /** Opens {@code lab} in a window set up as {@code window} says (size, scale, presentation layout). */
    public static void launch(String lab, WindowSetup window) {
        DebuggerApp.labToOpen = lab;
        DebuggerApp.windowSetup = window;
        Application.launch(DebuggerApp.class);
    }
}
