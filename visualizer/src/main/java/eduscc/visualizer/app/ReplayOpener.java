package eduscc.visualizer.app;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.ScenarioException;
import java.nio.file.Path;

/**
 * Opens a failed check's replay ({@code gui --replay FILE}): the lab with the student's plug-in,
 * run to the replay's stop before the window shows it, as {@code --screenshot --at} runs a lab.
 */
final class ReplayOpener {
    private ReplayOpener() {
    }

    /**
     * The session stopped where {@code replay} (read from {@code file}) says.
     *
     * @throws ScenarioException naming the file and its {@code stopAt} when the stop cannot be read or
     *                           the lab ends before it
     */
    static Session open(Path file, Replay replay) {
        ScreenshotPoint point;
        try {
            point = ScreenshotPoint.parse(replay.stopAt());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file.toString(), "stopAt", e.getMessage());
        }
        Session session = new Session(replay.scenario());
        try {
            point.runTo(session);
        } catch (IllegalArgumentException e) {
            session.close();
            throw new ScenarioException(file.toString(), "stopAt", e.getMessage());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }
}
