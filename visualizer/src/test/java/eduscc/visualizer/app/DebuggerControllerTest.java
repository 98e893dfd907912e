package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
}
