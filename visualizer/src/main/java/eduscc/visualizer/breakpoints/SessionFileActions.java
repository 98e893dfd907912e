package eduscc.visualizer.breakpoints;

import eduscc.labs.debug.Breakpoints;
import eduscc.labs.debug.Session;
import eduscc.labs.debug.SessionFile;
import eduscc.labs.scenario.ScenarioException;
import eduscc.visualizer.app.LabOpener;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The File menu's "Save session…" and "Open session…": a file chooser, then {@link SessionFile}.
 * A file that cannot be read or opened gets an error dialog naming the file and the field, and
 * the window stays as it was.
 */
public final class SessionFileActions {
    /**
     * An opened session file: the session at its lab's boot, its breakpoints, and the saved
     * position the window then runs to on its simulation thread (a far position takes a while).
     */
    public record Opened(Session session, Breakpoints breakpoints, long position, String fileName) { }

    private SessionFileActions() {
    }

    /** Asks where, then saves; false if the lecturer cancelled or the file could not be written. */
    public static boolean save(Stage owner, Session session, Breakpoints breakpoints) {
        File file = chooser().showSaveDialog(owner);
        return file != null && save(file.toPath(), session, breakpoints, owner);
    }

    /** Asks which file, then opens it; empty if cancelled or after the error dialog. */
    public static Optional<Opened> open(Stage owner) {
        File file = chooser().showOpenDialog(owner);
        return file == null ? Optional.empty() : open(file.toPath(), owner);
    }

    public static boolean save(Path file, Session session, Breakpoints breakpoints, Window owner) {
        try {
            SessionFile.of(session, breakpoints).save(file);
            return true;
        } catch (IOException e) {
            LabOpener.showError(owner, "Cannot save the session " + file, file + ": " + e.getMessage());
            return false;
        }
    }

    /** Reads the file and opens its lab at the boot; errors go to a dialog. */
    public static Optional<Opened> open(Path file, Window owner) {
        try {
            SessionFile saved = SessionFile.read(file);
            return Optional.of(new Opened(saved.openAtStart(file), saved.breakpointSet(), saved.position(),
                String.valueOf(file.getFileName())));
        } catch (ScenarioException | IllegalArgumentException e) {
            LabOpener.showError(owner, "Cannot open the session " + file, e.getMessage());
            return Optional.empty();
        }
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("eduSCC debugging session");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Session (*.json)", "*.json"));
        return chooser;
    }
}
