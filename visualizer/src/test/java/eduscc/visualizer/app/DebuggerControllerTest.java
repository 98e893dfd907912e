package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.Breakpoints;
import eduscc.labs.debug.Session;
import eduscc.labs.debug.SessionFile;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.visualizer.breakpoints.SessionFileActions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's commands on its simulation thread, without a window. */
class DebuggerControllerTest {
    private final DebuggerController controller = new DebuggerController(new Session(ShippedLabs.load("boot")));

    @AfterEach
    void close() {
        controller.close();
    }

    @Test
    void openingALabStopsTheRunSoItNeverDrivesTheNewSession() {
        controller.runPaced(30);
        Session next = new Session(ShippedLabs.load("boot"));
        controller.open(next);
        assertFalse(controller.isRunning(), "a run in progress ends when another lab is opened");
        controller.idle().join();
        assertEquals(0, next.snapshot().position(), "the old run did not step the new session");
    }

    @Test
    void pauseAndRunAgainLeaveOneRunThatTheNextPauseEnds() {
        controller.runPaced(30);
        controller.pause();
        controller.runPaced(30);
        assertTrue(controller.isRunning(), "the second run is going");
        controller.pause();
        controller.idle().join();
        assertFalse(controller.isRunning(), "no run is left going after the pause");
    }

    @Test
    void aSavedSessionOpensAtTheBootAndRunsToItsPositionOnTheSimulationThread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.json");
        try (Session saved = new Session(ShippedLabs.load("boot"))) {
            saved.runTo(40, "test");
            SessionFile.of(saved, new Breakpoints(List.of())).save(file);
        }
        SessionFileActions.Opened opened = SessionFileActions.open(file, null).orElseThrow();
        assertEquals(0, opened.session().snapshot().position(), "opening the file does not run the lab");
        assertEquals(40, opened.position());
        controller.open(opened.session());
        controller.runTo(opened.position(), "opened " + opened.fileName() + ",").join();
        assertEquals(40, controller.session().snapshot().position());
        assertEquals("opened session.json, to boundary 40", controller.session().snapshot().status());
    }
}
